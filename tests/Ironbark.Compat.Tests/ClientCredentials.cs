using Ironbark.Protocol.Signing;

namespace Ironbark.Compat.Tests;

internal static class ClientCredentials
{
    /// <summary>Adds AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and, for a session, AWS_SESSION_TOKEN.</summary>
    public static Dictionary<string, string> WithCredentials(this Dictionary<string, string> environment, SigningCredentials credentials)
    {
        environment["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey;
        if (credentials.SessionToken is not null)
        {
            environment["AWS_SESSION_TOKEN"] = credentials.SessionToken;
        }

        return environment;
    }
}
