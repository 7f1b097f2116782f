using System.Net;
using Ironbark.Protocol.Signing;
using Ironbark.Server.Hosting;

namespace Ironbark.Compat.Tests;

/// <summary>
/// One in-process Ironbark on 127.0.0.1 with a free port and a temp data folder, shared by every test
/// class. It creates the devops account and gets its admin key the way a cloud admin does:
/// CreateAccount, then CreateAccessKey for user admin with DelegateAccount.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private IronbarkServer? _server;
    private QueryClient? _query;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("ironbark-compat-").FullName;

    /// <summary>The server root without a trailing slash, e.g. http://127.0.0.1:41234: IAM, STS and EC2 all answer there.</summary>
    public string EndpointUrl { get; private set; } = string.Empty;

    public SigningCredentials CloudAdmin { get; private set; } = new(string.Empty, string.Empty, null);

    public TestAccount Devops { get; private set; } = new(string.Empty, string.Empty, new(string.Empty, string.Empty, null));

    internal QueryClient Query => _query ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        _server = await IronbarkServer.StartAsync(new ServerOptions(new IPEndPoint(IPAddress.Loopback, 0), DataDirectory));
        EndpointUrl = $"http://127.0.0.1:{_server.Address.Port}";
        _query = new QueryClient(_http, new Uri(EndpointUrl + "/"));
        CloudAdmin = ReadAdminIni(Path.Combine(DataDirectory, "eucalyptus-admin.ini"));
        Devops = await CreateAccountAsync("devops");
    }

    /// <summary>CreateAccount as the cloud admin, then the new account's admin key through DelegateAccount.</summary>
    public async Task<TestAccount> CreateAccountAsync(string name)
    {
        var created = await Query.RequireAsync(CloudAdmin, "iam", "CreateAccount", ("AccountName", name));
        var accountId = created.Value("AccountId");
        Assert.Matches("^[0-9]{12}$", accountId);
        var key = await Query.RequireAsync(CloudAdmin, "iam", "CreateAccessKey", ("UserName", "admin"), ("DelegateAccount", accountId));
        return new TestAccount(name, accountId, new SigningCredentials(key.Value("AccessKeyId"), key.Value("SecretAccessKey"), null));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _http.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static SigningCredentials ReadAdminIni(string path)
    {
        var section = string.Empty;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim();
            }
            else if (section == "user eucalyptus-admin" && line.IndexOf('=') is > 0 and var eq)
            {
                values[line[..eq].Trim()] = line[(eq + 1)..].Trim();
            }
        }

        Assert.True(values.ContainsKey("key-id") && values.ContainsKey("secret-key"), "eucalyptus-admin.ini has [user eucalyptus-admin] with key-id and secret-key");
        return new SigningCredentials(values["key-id"], values["secret-key"], null);
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "ironbark server";
}
