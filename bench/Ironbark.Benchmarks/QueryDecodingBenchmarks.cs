using System.Text;
using BenchmarkDotNet.Attributes;
using Ironbark.Protocol.Query;

namespace Ironbark.Benchmarks;

/// <summary>Form decoding of typical IAM and EC2 bodies, as sent by botocore (with '+' and escapes).</summary>
[MemoryDiagnoser]
public class QueryDecodingBenchmarks
{
    private readonly byte[] _createRole = Encoding.UTF8.GetBytes(
        "Action=CreateRole&Version=2010-05-08&RoleName=capture-role&Description=a+b%2Bc~d%2Ae%2F%C3%A9+%26+%C3%BC%3D1&AssumeRolePolicyDocument=%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D");

    private readonly byte[] _describeKeyPairs = Encoding.UTF8.GetBytes(
        "Action=DescribeKeyPairs&Version=2016-11-15&Filter.1.Name=tag%3AName&Filter.1.Value.1=a&Filter.1.Value.2=b&Filter.2.Name=key-pair-id&Filter.2.Value.1=key-0123456789abcdef0&KeyName.1=capture-key&KeyName.2=other+key");

    [Benchmark(Description = "IAM CreateRole body")]
    public QueryParameters CreateRole() => QueryParameters.Parse(string.Empty, _createRole);

    [Benchmark(Description = "EC2 DescribeKeyPairs body")]
    public QueryParameters DescribeKeyPairs() => QueryParameters.Parse(string.Empty, _describeKeyPairs);
}
