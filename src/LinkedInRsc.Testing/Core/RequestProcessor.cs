using System.Net;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Resources.Versioned;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The one request pipeline both front-ends call: un-tunnel, journal, inject faults, then route to the OAuth endpoint,
/// a <c>/_emulator/</c> control endpoint or a <c>/v2/</c> resource (authenticate, charge quotas, check the caller kind
/// and batch size, run the handler). Every refusal is LinkedIn-shaped.
/// </summary>
internal sealed class RequestProcessor
{
    /// <summary>The API path prefix.</summary>
    public const string ApiPrefix = "/v2/";

    /// <summary>The control path prefix.</summary>
    public const string ControlPrefix = "/_emulator";

    /// <summary>The OAuth token path.</summary>
    public const string TokenPath = "/oauth/v2/accessToken";

    /// <summary>How long a <see cref="EmulatorFaultKind.Timeout"/> fault without a delay holds a request: HttpClient's default timeout.</summary>
    private static readonly TimeSpan DefaultHold = TimeSpan.FromSeconds(100);

    private readonly EmulatorServices _services;
    private readonly LinkedInRscEmulator _emulator;
    private readonly OAuthEndpoint _oauth;

    public RequestProcessor(EmulatorServices services, LinkedInRscEmulator emulator)
    {
        _services = services;
        _emulator = emulator;
        _oauth = new OAuthEndpoint(services);
    }

    /// <summary>Processes one request.</summary>
    public async Task<EmulatorResponse> ProcessAsync(RawRequest raw, CancellationToken cancellationToken)
    {
        DateTimeOffset arrived = _services.Time.GetUtcNow();
        if (raw.BodyTooLarge || raw.Body.LongLength > _services.Options.MaxRequestBodyBytes)
        {
            raw = new RawRequest { Method = raw.Method, Path = raw.Path, Query = raw.Query, Headers = raw.Headers, Body = [], BodyTooLarge = true };
        }

        EmulatorRequest request;
        try
        {
            request = RequestNormalizer.Normalize(raw);
        }
        catch (LinkedInErrorException ex)
        {
            return ex.Error.ToResponse();
        }

        if (raw.BodyTooLarge)
        {
            EmulatorResponse tooLarge = new LinkedInError(413, ServiceErrorCodes.InvalidInput, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The request body is larger than {_services.Options.MaxRequestBodyBytes} bytes; send smaller batches.")).ToResponse();
            _services.Journal.Add(JournalEntry(request, arrived, new Outcome(), tooLarge));
            return tooLarge;
        }

        bool isControl = request.Path.Equals(ControlPrefix, StringComparison.OrdinalIgnoreCase) || request.Path.StartsWith(ControlPrefix + "/", StringComparison.OrdinalIgnoreCase);
        var outcome = new Outcome();
        EmulatorResponse response;
        try
        {
            response = isControl
                ? await AnswerAsync(() => ProcessControlAsync(request, cancellationToken)).ConfigureAwait(false)
                : await ProcessWithFaultsAsync(request, outcome, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (or the emulator stops): journal what it saw, a request without an answer.
            if (!isControl)
            {
                _services.Journal.Add(JournalEntry(request, arrived, outcome, EmulatorResponse.Dropped()));
            }

            throw;
        }

        if (!response.DropConnection)
        {
            response.Headers["x-li-request-id"] = EmulatorState.NewOpaque(9);
            if (request.Path.StartsWith(ApiPrefix, StringComparison.Ordinal) || request.Path.StartsWith(VersionedApi.Prefix, StringComparison.Ordinal))
            {
                response.Headers["X-RestLi-Protocol-Version"] = request.Protocol == RestLiProtocolVersion.Version2 ? "2.0.0" : "1.0.0";
            }
        }

        if (!isControl)
        {
            _services.Journal.Add(JournalEntry(request, arrived, outcome, response));
        }

        return response;
    }

    /// <summary>Runs a handler and turns whatever it throws into LinkedIn's answer.</summary>
    private static async Task<EmulatorResponse> AnswerAsync(Func<Task<EmulatorResponse>> handler)
    {
        try
        {
            return await handler().ConfigureAwait(false);
        }
        catch (LinkedInErrorException ex)
        {
            return ex.Error.ToResponse();
        }
        catch (RestLiFormatException ex)
        {
            return LinkedInError.BadRequest($"Malformed Rest.li syntax: {ex.Message}").ToResponse();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in a handler must not take the server down: answer like LinkedIn's 500.
            return new LinkedInError(500, ServiceErrorCodes.InternalError, $"Internal error in the RSC emulator ({ex.GetType().Name}): {ex.Message}").ToResponse();
        }
    }

    private async Task<EmulatorResponse> ProcessWithFaultsAsync(EmulatorRequest request, Outcome outcome, CancellationToken cancellationToken)
    {
        EmulatorFault? fault = _services.Faults.Take(request.Method, request.Path);
        outcome.Fault = fault;
        if (fault is { AfterProcessing: false } && await FaultAsync(fault, null, cancellationToken).ConfigureAwait(false) is { } instead)
        {
            return instead;
        }

        EmulatorResponse response = await AnswerAsync(() => RouteAsync(request, outcome, cancellationToken)).ConfigureAwait(false);
        return fault is { AfterProcessing: true } ? await FaultAsync(fault, response, cancellationToken).ConfigureAwait(false) ?? response : response;
    }

    /// <summary>
    /// Applies a fault: the answer that replaces the real one (<paramref name="real"/>, null before processing), or
    /// null to answer normally (after a delay).
    /// </summary>
    private async Task<EmulatorResponse?> FaultAsync(EmulatorFault fault, EmulatorResponse? real, CancellationToken cancellationToken)
    {
        switch (fault.Kind)
        {
            case EmulatorFaultKind.DropConnection:
                return EmulatorResponse.Dropped();
            case EmulatorFaultKind.Status:
                int status = (int)fault.StatusCode;
                int code = status >= 500 ? ServiceErrorCodes.InternalError : status == 429 ? ServiceErrorCodes.Throttled : ServiceErrorCodes.InvalidInput;
                return new LinkedInError(status, code, $"Injected fault: the emulator was told to answer {status}.") { RetryAfter = fault.RetryAfter }.ToResponse();
            case EmulatorFaultKind.MalformedBody:
                return EmulatorResponse.Raw(200, "{\"elements\":[{\"id\":\"", "application/json");
            case EmulatorFaultKind.EmptyBody:
                return EmulatorResponse.Raw(200, string.Empty, "application/json");
            case EmulatorFaultKind.TruncatedBody:
                return real is null ? null : EmulatorResponse.Raw(real.Status, real.Body.AsSpan(0, real.Body.Length / 2).ToArray(), real.ContentType ?? "application/json");
            case EmulatorFaultKind.Delay:
                await HoldAsync(fault.Delay, cancellationToken).ConfigureAwait(false);
                return null;
            case EmulatorFaultKind.Timeout:
                await HoldAsync(fault.Delay > TimeSpan.Zero ? fault.Delay : DefaultHold, cancellationToken).ConfigureAwait(false);
                return EmulatorResponse.Dropped();
            default:
                return null;
        }
    }

    private async Task HoldAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Task wait = Task.Delay(delay, _services.Time, cancellationToken);
        _services.Faults.DelayStarted();
        await wait.ConfigureAwait(false);
    }

    private async Task<EmulatorResponse> RouteAsync(EmulatorRequest request, Outcome outcome, CancellationToken cancellationToken)
    {
        if (string.Equals(request.Path, TokenPath, StringComparison.OrdinalIgnoreCase))
        {
            return _oauth.Handle(request);
        }

        if (string.Equals(request.Path, MemberOAuth.AuthorizationPath, StringComparison.OrdinalIgnoreCase) && request.Method == "GET")
        {
            return _services.MemberOAuth.HandleAuthorization(request);
        }

        if (string.Equals(request.Path, MemberOAuth.MePath, StringComparison.Ordinal) && request.Method == "GET")
        {
            return _services.MemberOAuth.HandleMe(request);
        }

        if (request.Path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return await ProcessApiAsync(request, outcome, cancellationToken).ConfigureAwait(false);
        }

        if (request.Path.StartsWith(VersionedApi.Prefix, StringComparison.Ordinal))
        {
            try
            {
                return await VersionedApi.ProcessAsync(request, _services.Options, v2 => ProcessApiAsync(v2, outcome, cancellationToken)).ConfigureAwait(false);
            }
            finally
            {
                outcome.Query = null; // the journal shows the query as sent to /rest, not its /v2 rewrite
            }
        }

        return LinkedInError.NotFound($"No such endpoint: {request.Path}. The emulator serves /v2/..., /rest/... (with LinkedIn-Version), {TokenPath} and /_emulator/....").ToResponse();
    }

    private async Task<EmulatorResponse> ProcessApiAsync(EmulatorRequest request, Outcome outcome, CancellationToken cancellationToken)
    {
        EmulatedApplication application = Authenticate(request);
        outcome.ClientId = application.ClientId;
        _services.Quotas.ChargeRequest(application.ClientId);

        string[] segments = request.Path[ApiPrefix.Length..].Split('/');
        if (segments.Length is 0 or > 4 || segments.Any(s => s.Length == 0))
        {
            throw LinkedInError.NotFound($"No such resource path: {request.Path}. Expected /v2/{{resource}}[/{{key}}[/{{subResource}}[/{{key}}]]].").AsException();
        }

        RestLiProtocolVersion protocol = request.Protocol;
        string resource = segments[0];
        string? subResource = segments.Length >= 3 ? segments[2] : null;
        RestLiValue? parentKey = segments.Length >= 3 ? DecodePathKey(segments[1], protocol) : null;
        RestLiValue? key = segments.Length == 2 ? DecodePathKey(segments[1], protocol)
            : segments.Length == 4 ? DecodePathKey(segments[3], protocol)
            : null;

        IReadOnlyDictionary<string, RestLiValue> query = RestLiCodec.DecodeQuery(request.Query, protocol);
        outcome.Query = query;
        RestLiMethod method = ResolveMethod(request, key is not null, query);
        outcome.Method = method;

        string? finderName = null;
        if (method == RestLiMethod.Finder)
        {
            finderName = query.TryGetValue("q", out RestLiValue? q) && q.Kind == RestLiValueKind.Primitive ? q.AsString() : null;
        }

        EmulatorRouter.Route route = _services.Router.FindApi(resource, subResource, method, finderName, out LinkedInError? routeError)
            ?? throw routeError!.AsException();

        if (route.Caller == RouteCaller.Partner && !application.IsPartner)
        {
            throw LinkedInError.Forbidden($"Not enough permissions to access {resource}: only the partner (parent) application's token may call it, not a customer application's.").AsException();
        }

        if (route.Caller == RouteCaller.Customer && application.IsPartner)
        {
            throw LinkedInError.Forbidden($"Not enough permissions to access {resource}: use the customer's (child) application token; the partner application may only call provisionedApplications.").AsException();
        }

        var context = new RequestContext(_services, request, application, method, resource, subResource, parentKey, key, query);
        if (RestLiMethodKinds.IsBatch(method))
        {
            int records = method == RestLiMethod.BatchCreate ? context.GetBatchElements().Count : context.Ids.Count;
            _services.Quotas.EnsureBatchSize(records);
            if (RestLiMethodKinds.IsWrite(method))
            {
                context.ChargeRecords(records);
            }
        }
        else if (RestLiMethodKinds.IsWrite(method))
        {
            context.ChargeRecords(1);
        }

        return await route.Handler(context, cancellationToken).ConfigureAwait(false);
    }

    private async Task<EmulatorResponse> ProcessControlAsync(EmulatorRequest request, CancellationToken cancellationToken)
    {
        string rest = request.Path.Length > ControlPrefix.Length ? request.Path[(ControlPrefix.Length + 1)..] : string.Empty;
        string[] segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        ControlHandler? handler = _services.Router.FindControl(request.Method, segments, out Dictionary<string, string> values, out bool pathExists);
        if (handler is null)
        {
            return pathExists
                ? new LinkedInError(405, ServiceErrorCodes.MethodNotAllowed, $"{request.Method} is not supported on {request.Path}.").ToResponse()
                : LinkedInError.NotFound($"No such control endpoint: {request.Method} {request.Path}. GET /_emulator lists them.").ToResponse();
        }

        return await handler(new ControlContext(_services, _emulator, request, values), cancellationToken).ConfigureAwait(false);
    }

    private EmulatedApplication Authenticate(EmulatorRequest request)
    {
        string? authorization = request.Header("Authorization");
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new LinkedInError(401, ServiceErrorCodes.InvalidAccessToken, "Empty oauth2 access token: send 'Authorization: Bearer {token}' with a token from /oauth/v2/accessToken.").AsException();
        }

        string token = authorization["Bearer ".Length..].Trim();
        lock (_services.State.Sync)
        {
            if (!_services.State.Tokens.TryGetValue(token, out AccessTokenState? state))
            {
                throw new LinkedInError(401, ServiceErrorCodes.InvalidAccessToken, "Invalid access token.").AsException();
            }

            if (_services.Time.GetUtcNow() >= state.ExpiresAt)
            {
                throw new LinkedInError(401, ServiceErrorCodes.ExpiredAccessToken, "The token used in the request has expired; request a new one from /oauth/v2/accessToken.").AsException();
            }

            return state.Application;
        }
    }

    private static RestLiValue DecodePathKey(string segment, RestLiProtocolVersion protocol)
    {
        try
        {
            return RestLiCodec.DecodeKey(segment, protocol);
        }
        catch (RestLiFormatException ex)
        {
            throw LinkedInError.BadRequest($"The key '{segment}' in the path is malformed for Rest.li protocol {(protocol == RestLiProtocolVersion.Version2 ? "2.0.0" : "1.0")}: {ex.Message}").AsException();
        }
    }

    internal static RestLiMethod ResolveMethod(EmulatorRequest request, bool hasKey, IReadOnlyDictionary<string, RestLiValue> query)
    {
        string? header = request.Header("X-RestLi-Method");
        if (header is not null)
        {
            RestLiMethod method = RestLiMethods.Parse(header)
                ?? throw LinkedInError.BadRequest($"X-RestLi-Method '{header}' is not a Rest.li method (e.g. BATCH_UPDATE, batch_partial_update).").AsException();
            string verb = RestLiMethods.HttpMethodOf(method).Method;
            if (!string.Equals(verb, request.Method, StringComparison.Ordinal))
            {
                throw LinkedInError.BadRequest($"X-RestLi-Method {RestLiMethods.HeaderValue(method)} must be sent with HTTP {verb}, not {request.Method}.").AsException();
            }

            return method;
        }

        bool hasIds = query.ContainsKey("ids");
        return request.Method switch
        {
            "GET" when query.ContainsKey("q") => RestLiMethod.Finder,
            "GET" when query.ContainsKey("bq") => RestLiMethod.BatchFinder,
            "GET" when hasIds => RestLiMethod.BatchGet,
            "GET" => hasKey ? RestLiMethod.Get : RestLiMethod.GetAll,
            "PUT" when hasKey => RestLiMethod.Update,
            "PUT" when hasIds => RestLiMethod.BatchUpdate,
            "POST" when query.ContainsKey("action") => RestLiMethod.Action,
            "POST" when hasKey => RestLiMethod.PartialUpdate,
            "POST" when hasIds => RestLiMethod.BatchPartialUpdate,
            "POST" => RestLiMethod.Create,
            "DELETE" when hasKey => RestLiMethod.Delete,
            "DELETE" when hasIds => RestLiMethod.BatchDelete,
            _ => throw LinkedInError.BadRequest($"Cannot tell which Rest.li method {request.Method} {request.Path} is: send the X-RestLi-Method header.").AsException(),
        };
    }

    private EmulatorJournalEntry JournalEntry(EmulatorRequest request, DateTimeOffset arrived, Outcome outcome, EmulatorResponse response)
    {
        int maxBodyLength = _services.Options.JournalMaxBodyLength;
        IReadOnlyDictionary<string, RestLiValue> query = outcome.Query ?? TryDecode(request);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, string value) in request.Headers)
        {
            headers[name] = string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) ? "***" : value;
        }

        string body = request.BodyText;
        if (string.Equals(request.Path, TokenPath, StringComparison.OrdinalIgnoreCase))
        {
            body = OAuthEndpoint.RedactForm(body);
        }

        bool truncated = body.Length > maxBodyLength;
        if (truncated)
        {
            body = body[..maxBodyLength];
        }

        return new EmulatorJournalEntry
        {
            Timestamp = arrived,
            Method = new HttpMethod(request.Method),
            Path = request.Path,
            RawQuery = request.Query,
            Query = query,
            RestLiMethod = outcome.Method,
            Protocol = request.Protocol,
            Tunneled = request.Tunneled,
            Headers = headers,
            Body = body,
            BodyTruncated = truncated,
            ClientId = outcome.ClientId,
            StatusCode = response.DropConnection ? null : (HttpStatusCode)response.Status,
            Fault = outcome.Fault,
        };
    }

    private static IReadOnlyDictionary<string, RestLiValue> TryDecode(EmulatorRequest request)
    {
        if (request.Query.Length == 0)
        {
            return new Dictionary<string, RestLiValue>();
        }

        try
        {
            return RestLiCodec.DecodeQuery(request.Query, request.Protocol);
        }
        catch (RestLiFormatException)
        {
            return new Dictionary<string, RestLiValue>();
        }
    }

    private sealed class Outcome
    {
        public string? ClientId { get; set; }

        public RestLiMethod? Method { get; set; }

        public IReadOnlyDictionary<string, RestLiValue>? Query { get; set; }

        public EmulatorFault? Fault { get; set; }
    }
}
