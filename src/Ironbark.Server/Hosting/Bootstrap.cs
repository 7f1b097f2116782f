using System.Net;
using Ironbark.Core.IO;
using Ironbark.Identity.Model;
using Ironbark.Identity.Operations;

namespace Ironbark.Server.Hosting;

/// <summary>
/// First start on an empty store: the cloud administrator's account `eucalyptus`, its `admin` user with
/// an access key, and DIR/eucalyptus-admin.ini (0600) in euca2ools format. Each step is safe to repeat,
/// and completion is recorded last, so a start killed halfway finishes the job on the next start;
/// after that, starts change nothing.
/// </summary>
internal static class Bootstrap
{
    public const string IniFileName = "eucalyptus-admin.ini";
    private const string CompletedSetting = "bootstrap-completed";

    public static void EnsureSystemAccount(IdentityServices services, string dataDirectory, IPEndPoint endpoint)
    {
        if (services.Store.GetSetting(CompletedSetting) is not null)
        {
            return;
        }

        var account = services.Directory.FindAccount(Account.SystemAlias)
            ?? new AccountOperations(services).Create(Account.SystemAlias)
            ?? throw new InvalidOperationException("The eucalyptus account appeared while bootstrapping.");

        // A key issued by a start that died before writing the ini is reused: its secret is in the store.
        var existing = services.Directory.Get(account.Id)!.KeysOf(AccountOperations.AdminUserName).FirstOrDefault();
        var (keyId, secret) = existing is not null
            ? (existing.AccessKeyId, services.MasterSealer.OpenString(existing.SealedSecret, IdentityServices.SecretPurpose))
            : IssueKey(services, account.Id);
        PrivateFile.Replace(Path.Combine(dataDirectory, IniFileName), AdminIni(endpoint, account.Id, keyId, secret));
        services.Store.GetOrAddSetting(CompletedSetting, [1]);
    }

    private static (string KeyId, string Secret) IssueKey(IdentityServices services, string accountId)
    {
        var (key, secret) = new AccessKeyOperations(services).Issue(accountId, AccountOperations.AdminUserName);
        return (key.AccessKeyId, secret);
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
