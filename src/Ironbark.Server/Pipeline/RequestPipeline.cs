using System.Collections.Frozen;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Ironbark.Core.Errors;
using Ironbark.Core.Ids;
using Ironbark.Identity.Authorization;
using Ironbark.Identity.Operations;
using Ironbark.Protocol.Http;
using Ironbark.Protocol.Query;
using Ironbark.Protocol.Signing;
using Ironbark.Protocol.Xml;
using Ironbark.Server.Actions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Ironbark.Server.Pipeline;

/// <summary>
/// One request, start to end: read (size-limited), route, authenticate, dispatch, write the response in
/// the service's shape. Every failure becomes an AWS error document; nothing else leaves the server.
/// </summary>
internal sealed partial class RequestPipeline
{
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Beyond this Kestrel stops reading and drops the connection.</summary>
    public const int DrainLimitBytes = 16 << 20;
    private const string DefaultEc2Version = "2016-11-15";

    private readonly IdentityServices _services;
    private readonly Authenticator _authenticator;
    private readonly ILogger _log;
    private readonly FrozenDictionary<ServiceKind, FrozenDictionary<string, ActionHandler>> _tables;

    public RequestPipeline(IdentityServices services, ILogger log)
    {
        _services = services;
        _authenticator = new Authenticator(services);
        _log = log;
        _tables = new Dictionary<ServiceKind, FrozenDictionary<string, ActionHandler>>
        {
            [ServiceKind.Iam] = IamActions.Build(services),
            [ServiceKind.Sts] = StsActions.Build(services),
            [ServiceKind.Ec2] = Ec2Actions.Build(services),
        }.ToFrozenDictionary();
    }

    private volatile bool _ready;

    /// <summary>False until first-start bootstrap is done; requests before that are refused, not half-served.</summary>
    public bool Ready
    {
        get => _ready;
        set => _ready = value;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex ApiVersion();

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var requestId = IdGenerator.RequestId();
        http.Response.Headers["x-amzn-RequestId"] = requestId;
        var service = ServiceKind.Iam;
        var ec2Version = DefaultEc2Version;
        string? action = null;
        Caller? caller = null;
        byte[] body;
        int status;
        try
        {
            if (!ServiceRouter.TryFromPath(http.Request.Path.Value ?? "/", out var pathService))
            {
                throw new AwsException(ErrorCatalogue.UnknownPath());
            }

            service = pathService ?? ServiceKind.Iam;
            if (!Ready)
            {
                throw new AwsException(ErrorCatalogue.ServiceUnavailable());
            }

            if (!HttpMethods.IsPost(http.Request.Method) && !HttpMethods.IsGet(http.Request.Method))
            {
                throw new AwsException(ErrorCatalogue.UnsupportedProtocol());
            }

            var request = await ReadAsync(http).ConfigureAwait(false);
            var parameters = QueryParameters.FromRequest(request);
            var auth = SigV4Parser.Parse(request, parameters);
            action = parameters.Get("Action");
            service = pathService ?? (auth is null ? null : ServiceRouter.FromScope(auth.Service)) ?? ServiceOf(action) ?? ServiceKind.Iam;
            if (service == ServiceKind.Ec2 && parameters.Get("Version") is { } v && ApiVersion().IsMatch(v))
            {
                ec2Version = v;
            }

            var handler = Dispatch(service, action, parameters.Get("Version"));
            caller = Authenticate(service, request, auth);
            SessionRestrictions.Check(caller, ServiceRouter.ScopeName(service), action!);
            var info = new RequestInfo(auth!.Region, http.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1", http.Request.IsHttps, _services.Now);
            var result = handler(new ActionRequest(new CallContext(caller, info), parameters, http.Request.Host.Value ?? string.Empty));
            body = service == ServiceKind.Ec2
                ? XmlResponses.Ec2(action!, XmlResponses.Ec2Namespace(ec2Version), requestId, result ?? (_ => { }))
                : XmlResponses.Query(action!, Namespace(service), requestId, result);
            status = 200;
        }
        catch (AwsException e)
        {
            (status, body) = ErrorBody(service, EffectiveError(service, e.Error), requestId);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            (status, body) = ErrorBody(service, ErrorCatalogue.RequestEntityTooLarge(), requestId);
        }
#pragma warning disable CA1031 // The last line of defence: a bug must become an AWS error, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailure(_log, e, requestId);
            (status, body) = ErrorBody(service, ErrorCatalogue.InternalFailure(), requestId);
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "text/xml";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body).ConfigureAwait(false);
        LogRequest(_log, requestId, service, action ?? "-", status, caller?.Arn ?? "-", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private ActionHandler Dispatch(ServiceKind service, string? action, string? version)
    {
        if (action is null)
        {
            throw new AwsException(ErrorCatalogue.MissingAction());
        }

        var expected = service switch
        {
            ServiceKind.Iam => "2010-05-08",
            ServiceKind.Sts => "2011-06-15",
            _ => null,
        };
        if (!_tables[service].TryGetValue(action, out var handler) || (expected is not null && version is not null && version != expected))
        {
            throw new AwsException(service == ServiceKind.Ec2
                ? ErrorCatalogue.InvalidEc2Action(action)
                : version is null ? ErrorCatalogue.InvalidAction(action) : ErrorCatalogue.InvalidActionForVersion(action, version));
        }

        return handler;
    }

    private Caller Authenticate(ServiceKind service, HttpRequestData request, SigV4Authorization? auth)
    {
        if (auth is null)
        {
            throw new AwsException(ErrorCatalogue.MissingAuthenticationToken());
        }

        if (ServiceRouter.FromScope(auth.Service) != service)
        {
            throw new AwsException(ErrorCatalogue.SignatureDoesNotMatch($"Credential should be scoped to correct service: '{ServiceRouter.ScopeName(service)}'. "));
        }

        return _authenticator.Authenticate(request, auth);
    }

    private ServiceKind? ServiceOf(string? action)
    {
        foreach (var (service, table) in _tables)
        {
            if (action is not null && table.ContainsKey(action))
            {
                return service;
            }
        }

        return null;
    }

    /// <summary>EC2 reports every authentication failure as AuthFailure.</summary>
    private static AwsError EffectiveError(ServiceKind service, AwsError error) =>
        service == ServiceKind.Ec2 && error.Code is "MissingAuthenticationToken" or "InvalidClientTokenId" or "SignatureDoesNotMatch" or "IncompleteSignature" or "ExpiredToken"
            ? ErrorCatalogue.AuthFailure()
            : error;

    private static (int Status, byte[] Body) ErrorBody(ServiceKind service, AwsError error, string requestId) =>
        (error.HttpStatus, service == ServiceKind.Ec2
            ? XmlResponses.Ec2Error(error, requestId)
            : XmlResponses.QueryError(error, Namespace(service), requestId));

    private static string Namespace(ServiceKind service) =>
        service == ServiceKind.Sts ? XmlResponses.StsNamespace : XmlResponses.IamNamespace;

    private static async Task<HttpRequestData> ReadAsync(HttpContext http)
    {
        // An oversized body is still read (Kestrel caps it at DrainLimitBytes) and discarded, so the
        // client, which sends the whole body before it reads, receives the 413 instead of a reset.
        var declared = http.Request.ContentLength;
        using var buffer = new MemoryStream(declared is > 0 and <= MaxBodyBytes ? (int)declared : 256);
        var chunk = new byte[16384];
        var tooLarge = declared > MaxBodyBytes;
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk).ConfigureAwait(false)) > 0)
        {
            tooLarge |= buffer.Length + read > MaxBodyBytes;
            if (!tooLarge)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        if (tooLarge)
        {
            throw new AwsException(ErrorCatalogue.RequestEntityTooLarge());
        }

        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Request.Path + http.Request.QueryString).ToString();
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new List<(string, string)>(http.Request.Headers.Count);
        foreach (var header in http.Request.Headers)
        {
            foreach (var value in header.Value)
            {
                headers.Add((header.Key, value ?? string.Empty));
            }
        }

        return new HttpRequestData(
            http.Request.Method,
            question < 0 ? target : target[..question],
            question < 0 ? string.Empty : target[(question + 1)..],
            headers,
            buffer.ToArray());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{RequestId} {Service} {Action} {Status} {Principal} {ElapsedMs:F1}ms")]
    private static partial void LogRequest(ILogger log, string requestId, ServiceKind service, string action, int status, string principal, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{RequestId} failed with an unexpected error")]
    private static partial void LogFailure(ILogger log, Exception error, string requestId);
}
