using System.Text;
using BenchmarkDotNet.Attributes;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;
using Ironbark.Protocol.Signing;

namespace Ironbark.Benchmarks;

/// <summary>
/// The SigV4 cost of one request shaped like the AWS CLI's (content-type;host;x-amz-date), with the
/// derived signing key computed every time (cold) and taken from the verifier's cache (warm).
/// BenchmarkDotNet derives from benchmark classes, so they are public and not sealed.
/// </summary>
[MemoryDiagnoser]
public class SigV4Benchmarks
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private readonly SigV4Verifier _warm = new();
    private readonly SigV4Verifier _uncached = new(signingKeyCacheCapacity: 0);
    private HttpRequestData _request = null!;
    private QueryParameters _parameters = null!;
    private SigV4Authorization _auth = null!;

    [GlobalSetup]
    public void Setup()
    {
        var unsigned = new HttpRequestData(
            "POST",
            "/",
            string.Empty,
            [
                ("Host", "127.0.0.1:8773"),
                ("Accept-Encoding", "identity"),
                ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                ("User-Agent", "aws-cli/2.9.19 Python/3.11.2 Linux/6.1 source/x86_64.debian.12 prompt/off command/iam.create-role"),
            ],
            Encoding.UTF8.GetBytes("Action=CreateRole&Version=2010-05-08&RoleName=capture-role&AssumeRolePolicyDocument=%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D"));
        _request = SigV4Signer.Sign(unsigned, new SigningCredentials("AKIAEXAMPLEEXAMPLE01", Secret, null), "eu-west-1", "iam", DateTimeOffset.UtcNow, includeContentSha256Header: false).SignedRequest;
        _parameters = QueryParameters.FromRequest(_request);
        _auth = SigV4Parser.Parse(_request, _parameters)!;
        if (!_warm.Verify(_request, _auth, Secret) || !_uncached.Verify(_request, _auth, Secret))
        {
            throw new InvalidOperationException("benchmark request does not verify");
        }
    }

    [Benchmark(Baseline = true, Description = "Verify, signing key derived (cold)")]
    public bool VerifyCold() => _uncached.Verify(_request, _auth, Secret);

    [Benchmark(Description = "Verify, signing key cached (warm)")]
    public bool VerifyWarm() => _warm.Verify(_request, _auth, Secret);

    [Benchmark(Description = "Parse Authorization header")]
    public SigV4Authorization? Parse() => SigV4Parser.Parse(_request, _parameters);
}
