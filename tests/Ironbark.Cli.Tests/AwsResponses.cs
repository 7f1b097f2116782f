namespace Ironbark.Cli.Tests;

/// <summary>Canned AWS XML answers, namespaced like the real services so namespace stripping is exercised.</summary>
internal static class AwsResponses
{
    private const string IamNs = "https://iam.amazonaws.com/doc/2010-05-08/";
    private const string StsNs = "https://sts.amazonaws.com/doc/2011-06-15/";
    private const string Ec2Ns = "http://ec2.amazonaws.com/doc/2015-10-01/";

    public static string Iam(string action, string result) =>
        $"<{action}Response xmlns=\"{IamNs}\"><{action}Result>{result}</{action}Result>" +
        $"<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></{action}Response>";

    public static string IamEmpty(string action) =>
        $"<{action}Response xmlns=\"{IamNs}\"><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></{action}Response>";

    public static string Sts(string action, string result) =>
        $"<{action}Response xmlns=\"{StsNs}\"><{action}Result>{result}</{action}Result>" +
        $"<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></{action}Response>";

    public static string Ec2(string action, string body) =>
        $"<{action}Response xmlns=\"{Ec2Ns}\"><requestId>req-1</requestId>{body}</{action}Response>";

    public static string IamError(string code, string message) =>
        $"<ErrorResponse xmlns=\"{IamNs}\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>" +
        "<RequestId>req-1</RequestId></ErrorResponse>";

    public static string Ec2Error(string code, string message) =>
        $"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors><RequestID>req-1</RequestID></Response>";

    public static string CreateAccessKey(string user, string keyId, string secret) =>
        Iam("CreateAccessKey", $"<AccessKey><UserName>{user}</UserName><AccessKeyId>{keyId}</AccessKeyId><Status>Active</Status>" +
                               $"<SecretAccessKey>{secret}</SecretAccessKey><CreateDate>2026-12-03T16:05:09Z</CreateDate></AccessKey>");
}
