using Ironbark.Identity.Crypto;
using Ironbark.Identity.Operations;
using Ironbark.Server.Pipeline;
using Ironbark.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ironbark.Server.Hosting;

/// <summary>A running Ironbark: Kestrel, the store and the request pipeline. Tests start it in-process.</summary>
public sealed class IronbarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteIdentityStore _store;

    private IronbarkServer(WebApplication app, SqliteIdentityStore store, Uri address)
    {
        _app = app;
        _store = store;
        Address = address;
    }

    /// <summary>The base URL actually bound (with the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    public static async Task<IronbarkServer> StartAsync(ServerOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.DataDirectory);
        var store = new SqliteIdentityStore(Path.Combine(options.DataDirectory, "ironbark.db"));
        try
        {
            store.Migrate();
            var master = new SecretSealer(MasterKey.LoadOrCreate(Path.Combine(options.DataDirectory, "master.key")));
            var services = new IdentityServices(store, master, TimeProvider.System);

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            if (log is not null)
            {
                builder.Logging.AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
                    o.UseUtcTimestamp = true;
                });
                builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            }

            builder.WebHost.ConfigureKestrel(k =>
            {
                k.AddServerHeader = false;
                k.Limits.MaxRequestBodySize = RequestPipeline.DrainLimitBytes;
                k.Listen(options.Listen);
            });
            var app = builder.Build();
            var pipeline = new RequestPipeline(services, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Ironbark.Requests"));
            app.Run(http => http.Request.Path == "/healthz"
                ? Health(http, pipeline)
                : pipeline.HandleAsync(http));
            await app.StartAsync().ConfigureAwait(false);

            // The ini names the port actually bound, so bootstrap runs after binding; until it is done
            // the pipeline answers ServiceUnavailable and /healthz 503.
            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            Bootstrap.EnsureSystemAccount(services, options.DataDirectory, new System.Net.IPEndPoint(options.Listen.Address, bound.Port));
            pipeline.Ready = true;
            return new IronbarkServer(app, store, bound);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static Task Health(HttpContext http, RequestPipeline pipeline)
    {
        http.Response.StatusCode = pipeline.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return http.Response.WriteAsync(pipeline.Ready ? "ok\n" : "starting\n");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _store.Dispose();
    }
}
