using System.Net;
using Ironbark.Core.IO;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;

namespace Ironbark.Server.Hosting;

/// <summary>
/// First start on an empty store: the cloud administrator's account `eucalyptus`, its `admin` user with
/// an access key, and DIR/eucalyptus-admin.ini (0600) in euca2ools format. Later starts change nothing.
/// </summary>
internal static class Bootstrap
{
    public const string IniFileName = "eucalyptus-admin.ini";

    public static void EnsureSystemAccount(IdentityServices services, string dataDirectory, IPEndPoint endpoint)
    {
        if (services.Directory.FindAccount(Account.SystemAlias) is not null)
        {
            return;
        }

        var account = new AccountOperations(services).Create(Account.SystemAlias)
            ?? throw new InvalidOperationException("The eucalyptus account appeared while bootstrapping.");
        var (key, secret) = new AccessKeyOperations(services).Issue(account.Id, AccountOperations.AdminUserName);
        var ini = Path.Combine(dataDirectory, IniFileName);
        if (!File.Exists(ini))
        {
            PrivateFile.Create(ini, AdminIni(endpoint, account.Id, key.AccessKeyId, secret));
        }
    }

    private static string AdminIni(IPEndPoint endpoint, string accountId, string keyId, string secret)
    {
        var host = endpoint.Address.Equals(IPAddress.Any) ? "127.0.0.1"
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? "[::1]"
            : endpoint.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{endpoint.Address}]"
            : endpoint.Address.ToString();
        var baseUrl = $"http://{host}:{endpoint.Port}";
        return $"""
            [region local]
            ec2-url = {baseUrl}/services/compute/
            iam-url = {baseUrl}/services/Euare/
            sts-url = {baseUrl}/services/Tokens/
            user = eucalyptus-admin

            [user eucalyptus-admin]
            key-id = {keyId}
            secret-key = {secret}
            account-id = {accountId}

            """;
    }
}
