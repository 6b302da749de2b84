using System.Net;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The core's <c>/_emulator/</c> control endpoints: the HTTP twin of <see cref="LinkedInRscEmulator"/>'s C# scripting API
/// (customers, admin actions, journal, pushes, faults, quotas). Bodies and answers are JSON.
/// </summary>
internal sealed class ControlModule : IEmulatorModule
{
    private readonly EmulatorServices _services;
    private readonly TenantAdmin _admin;

    public ControlModule(EmulatorServices services, TenantAdmin admin)
    {
        _services = services;
        _admin = admin;
    }

    /// <inheritdoc />
    public void Register(EmulatorRouter router)
    {
        router.MapControl("GET", string.Empty, Index);
        router.MapControl("GET", "customers", ListCustomers);
        router.MapControl("POST", "customers", AddCustomerAsync);
        router.MapControl("GET", "customers/{customerId}", GetCustomer);
        router.MapControl("POST", "customers/{customerId}/admin/connect", Connect);
        router.MapControl("PUT", "customers/{customerId}/callbackUrl", SetCallback);
        router.MapControl("POST", "customers/{customerId}/integrations/enable", Enable);
        router.MapControl("POST", "customers/{customerId}/integrations/disable", Disable);
        router.MapControl("GET", "journal", GetJournal);
        router.MapControl("DELETE", "journal", ClearJournal);
        router.MapControl("GET", "pushes", GetPushes);
        router.MapControl("DELETE", "pushes", ClearPushes);
        router.MapControl("GET", "faults", GetFaults);
        router.MapControl("POST", "faults", AddFault);
        router.MapControl("DELETE", "faults", ClearFaults);
        router.MapControl("POST", "seed", SeedAsync);
        router.MapControl("GET", "quotas", GetQuotas);
        router.MapControl("PUT", "quotas", SetQuotas);
    }

    /// <summary>A customer as control JSON (credentials included: this is the tester's view).</summary>
    public static JsonObject CustomerJson(EmulatedCustomer customer) => new()
    {
        ["id"] = customer.Id,
        ["applicationName"] = customer.ApplicationName,
        ["applicationUrn"] = customer.ApplicationUrn,
        ["clientId"] = customer.Credentials.ClientId,
        ["clientSecret"] = customer.Credentials.ClientSecret,
        ["organizationUrn"] = customer.OrganizationUrn?.ToString(),
        ["contractUrns"] = new JsonArray(customer.ContractUrns.Select(c => (JsonNode?)JsonValue.Create(c.ToString())).ToArray()),
        ["accessLevel"] = customer.AccessLevel is { } level ? LevelName(level) : null,
        ["callbackUrl"] = customer.CallbackUrl?.AbsoluteUri,
        ["oauthCallbackUrls"] = new JsonArray(customer.OAuthCallbackUrls.Select(u => (JsonNode?)JsonValue.Create(u.AbsoluteUri)).ToArray()),
    };

    private static string LevelName(AccessLevel level) => level == AccessLevel.Contract ? "contract" : "company";

    private static AccessLevel? ParseLevel(string? text, bool required)
    {
        if (text is null && !required)
        {
            return null;
        }

        return text?.ToUpperInvariant() switch
        {
            "COMPANY" => AccessLevel.Company,
            "CONTRACT" => AccessLevel.Contract,
            _ => throw LinkedInError.BadRequest($"accessLevel must be \"company\" or \"contract\", was '{text}'.").AsException(),
        };
    }

    private static ValueTask<EmulatorResponse> Ok(JsonNode json) => ValueTask.FromResult(EmulatorResponse.Ok(json));

    private static ContractUrn[]? ContractIds(ControlContext context, string name)
    {
        if (context.Body[name] is null)
        {
            return null;
        }

        if (context.Body[name] is not JsonArray array)
        {
            throw LinkedInError.BadRequest($"Property '{name}' must be an array of positive integers.").AsException();
        }

        return array.Select(n => n is JsonValue v && v.TryGetValue(out long l) && l > 0
            ? ContractUrn.FromId(l)
            : throw LinkedInError.BadRequest($"Property '{name}' must be an array of positive integers.").AsException()).ToArray();
    }

    private static OrganizationUrn? OrganizationId(ControlContext context, string name) => context.GetInt64(name) switch
    {
        null => null,
        > 0 and var id => OrganizationUrn.FromId(id),
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be a positive integer.").AsException(),
    };

    private static ContractUrn? OptionalContract(ControlContext context, string name) => context.GetString(name) switch
    {
        null => null,
        var text when ContractUrn.TryParse(text, out ContractUrn urn) => urn,
        var text => throw LinkedInError.BadRequest($"Property '{name}' must be a contract URN (urn:li:contract:{{id}}), was '{text}'.").AsException(),
    };

    private static Uri CallbackUrl(ControlContext context, string name) =>
        Uri.TryCreate(context.RequireString(name), UriKind.Absolute, out Uri? url)
            ? url
            : throw LinkedInError.BadRequest($"Property '{name}' must be an absolute URL.").AsException();

    private static Uri[] OAuthCallbackUrls(ControlContext context, string name) => context.Body[name] switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => n is JsonValue v && v.TryGetValue(out string? s) && Uri.TryCreate(s, UriKind.Absolute, out Uri? url)
            ? url
            : throw LinkedInError.BadRequest($"Property '{name}' must be an array of absolute URLs.").AsException())],
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be an array of absolute URLs.").AsException(),
    };

    private static JsonObject ChangeJson(string requestId, EmulatorPush? push) => new()
    {
        ["requestId"] = requestId,
        ["pushId"] = push?.Id,
    };

    private ValueTask<EmulatorResponse> Index(ControlContext context, CancellationToken cancellationToken)
    {
        var endpoints = new JsonArray(_services.Router.DescribeControls().Order(StringComparer.Ordinal).Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        return Ok(new JsonObject
        {
            ["name"] = "LinkedInRsc RSC emulator",
            ["partnerClientId"] = _services.Options.PartnerCredentials.ClientId,
            ["partnerClientSecret"] = _services.Options.PartnerCredentials.ClientSecret,
            ["api"] = "/v2/",
            ["tokenEndpoint"] = RequestProcessor.TokenPath,
            ["endpoints"] = endpoints,
        });
    }

    private ValueTask<EmulatorResponse> ListCustomers(ControlContext context, CancellationToken cancellationToken) =>
        Ok(new JsonObject { ["elements"] = new JsonArray(context.Emulator.Customers.Select(c => (JsonNode?)CustomerJson(c)).ToArray()) });

    private async ValueTask<EmulatorResponse> AddCustomerAsync(ControlContext context, CancellationToken cancellationToken)
    {
        var setup = new EmulatedCustomerSetup
        {
            Id = context.RequireString("id"),
            AccessLevel = context.Body.ContainsKey("accessLevel") ? ParseLevel(context.GetString("accessLevel"), required: false) : AccessLevel.Company,
            ApplicationName = context.GetString("applicationName"),
            OrganizationUrn = OrganizationId(context, "organizationId"),
            ContractUrns = ContractIds(context, "contractIds"),
            CallbackUrl = context.GetString("callbackUrl") is null ? null : CallbackUrl(context, "callbackUrl"),
            OAuthCallbackUrls = OAuthCallbackUrls(context, "oauthCallbackUrls"),
        };
        EmulatedCustomer customer;
        try
        {
            customer = await context.Emulator.AddCustomerAsync(setup, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is LinkedInErrorException inner)
        {
            return inner.Error.ToResponse();
        }

        return EmulatorResponse.Json(201, CustomerJson(customer));
    }

    private ValueTask<EmulatorResponse> GetCustomer(ControlContext context, CancellationToken cancellationToken) =>
        Ok(CustomerJson(context.Emulator.SnapshotLocked(_admin.Find(context.Route("customerId")))));

    private ValueTask<EmulatorResponse> Connect(ControlContext context, CancellationToken cancellationToken)
    {
        CustomerState customer = _admin.Find(context.Route("customerId"));
        _admin.Connect(customer, OrganizationId(context, "organizationId"), ContractIds(context, "contractIds"));
        return Ok(CustomerJson(context.Emulator.SnapshotLocked(customer)));
    }

    private ValueTask<EmulatorResponse> SetCallback(ControlContext context, CancellationToken cancellationToken)
    {
        CustomerState customer = _admin.Find(context.Route("customerId"));
        context.Emulator.SetCallbackUrl(customer, CallbackUrl(context, "callbackUrl").AbsoluteUri);
        return Ok(CustomerJson(context.Emulator.SnapshotLocked(customer)));
    }

    private ValueTask<EmulatorResponse> Enable(ControlContext context, CancellationToken cancellationToken)
    {
        CustomerState customer = _admin.Find(context.Route("customerId"));
        (string requestId, EmulatorPush? push) = _admin.Enable(customer, ParseLevel(context.GetString("accessLevel"), required: true)!.Value, OptionalContract(context, "contractUrn"));
        return Ok(ChangeJson(requestId, push));
    }

    private ValueTask<EmulatorResponse> Disable(ControlContext context, CancellationToken cancellationToken)
    {
        CustomerState customer = _admin.Find(context.Route("customerId"));
        (string requestId, EmulatorPush? push) = _admin.Disable(customer, ParseLevel(context.GetString("accessLevel"), required: true)!.Value, OptionalContract(context, "contractUrn"));
        return Ok(ChangeJson(requestId, push));
    }

    private ValueTask<EmulatorResponse> GetJournal(ControlContext context, CancellationToken cancellationToken)
    {
        var elements = new JsonArray();
        foreach (EmulatorJournalEntry entry in _services.Journal.Entries)
        {
            var query = new JsonObject();
            foreach ((string name, LinkedInRsc.RestLi.RestLiValue value) in entry.Query)
            {
                query[name] = value.ToString();
            }

            var headers = new JsonObject();
            foreach ((string name, string value) in entry.Headers)
            {
                headers[name] = value;
            }

            elements.Add((JsonNode?)new JsonObject
            {
                ["timestamp"] = entry.Timestamp.ToUnixTimeMilliseconds(),
                ["method"] = entry.Method.Method,
                ["path"] = entry.Path,
                ["rawQuery"] = entry.RawQuery,
                ["query"] = query,
                ["restLiMethod"] = entry.RestLiMethod is { } m ? LinkedInRsc.RestLi.RestLiMethods.HeaderValue(m) : null,
                ["protocol"] = entry.Protocol == LinkedInRsc.RestLi.RestLiProtocolVersion.Version2 ? "2.0.0" : "1.0.0",
                ["tunneled"] = entry.Tunneled,
                ["headers"] = headers,
                ["body"] = entry.Body,
                ["clientId"] = entry.ClientId,
                ["status"] = entry.StatusCode is { } status ? (int)status : 0,
            });
        }

        return Ok(new JsonObject { ["elements"] = elements });
    }

    private ValueTask<EmulatorResponse> ClearJournal(ControlContext context, CancellationToken cancellationToken)
    {
        _services.Journal.Clear();
        return ValueTask.FromResult(EmulatorResponse.Empty());
    }

    private ValueTask<EmulatorResponse> GetPushes(ControlContext context, CancellationToken cancellationToken)
    {
        var elements = new JsonArray();
        foreach (EmulatorPush push in _services.Pushes.Log.All)
        {
            elements.Add((JsonNode?)new JsonObject
            {
                ["id"] = push.Id,
                ["eventType"] = PushEventTypes.WireValue(push.EventType),
                ["customerId"] = push.CustomerId,
                ["requestId"] = push.RequestId,
                ["callbackUrl"] = push.CallbackUrl?.AbsoluteUri,
                ["state"] = push.State.ToString().ToUpperInvariant(),
                ["body"] = push.Body,
                ["signature"] = push.Signature,
                ["attempts"] = new JsonArray(push.Attempts.Select(a => (JsonNode?)new JsonObject
                {
                    ["number"] = a.Number,
                    ["at"] = a.At.ToUnixTimeMilliseconds(),
                    ["status"] = (int?)a.StatusCode,
                    ["failure"] = a.Failure,
                }).ToArray()),
            });
        }

        return Ok(new JsonObject { ["elements"] = elements });
    }

    private ValueTask<EmulatorResponse> ClearPushes(ControlContext context, CancellationToken cancellationToken)
    {
        _services.Pushes.Log.Clear();
        return ValueTask.FromResult(EmulatorResponse.Empty());
    }

    private ValueTask<EmulatorResponse> GetFaults(ControlContext context, CancellationToken cancellationToken)
    {
        var elements = new JsonArray();
        foreach (EmulatorFault fault in _services.Faults.Pending)
        {
            elements.Add((JsonNode?)new JsonObject
            {
                ["kind"] = fault.Kind.ToString(),
                ["path"] = fault.Path,
                ["method"] = fault.Method?.Method,
                ["count"] = fault.Count,
                ["status"] = (int)fault.StatusCode,
                ["delayMs"] = (long)fault.Delay.TotalMilliseconds,
            });
        }

        return Ok(new JsonObject { ["elements"] = elements });
    }

    private ValueTask<EmulatorResponse> AddFault(ControlContext context, CancellationToken cancellationToken)
    {
        string kindText = context.RequireString("kind");
        if (!Enum.TryParse(kindText, ignoreCase: true, out EmulatorFaultKind kind) || !Enum.IsDefined(kind))
        {
            throw LinkedInError.BadRequest($"kind must be one of {string.Join(", ", Enum.GetNames<EmulatorFaultKind>())}, was '{kindText}'.").AsException();
        }

        var fault = new EmulatorFault
        {
            Kind = kind,
            Path = context.RequireString("path"),
            Method = FaultMethod(context.GetString("method")),
            Count = (int)(context.GetInt64("count") ?? 1),
            StatusCode = (HttpStatusCode)(context.GetInt64("status") ?? 503),
            Delay = TimeSpan.FromMilliseconds(context.GetInt64("delayMs") ?? 0),
        };
        try
        {
            _services.Faults.Add(fault);
        }
        catch (ArgumentException ex)
        {
            throw LinkedInError.BadRequest(ex.Message).AsException();
        }

        return ValueTask.FromResult(EmulatorResponse.Empty(201));
    }

    private static HttpMethod? FaultMethod(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return new HttpMethod(text);
        }
        catch (FormatException)
        {
            throw LinkedInError.BadRequest($"method must be an HTTP method such as GET or PUT, was '{text}'.").AsException();
        }
    }

    private ValueTask<EmulatorResponse> ClearFaults(ControlContext context, CancellationToken cancellationToken)
    {
        _services.Faults.Clear();
        return ValueTask.FromResult(EmulatorResponse.Empty());
    }

    private static async ValueTask<EmulatorResponse> SeedAsync(ControlContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.Emulator.ApplySeedAsync(context.Request.BodyText, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw LinkedInError.BadRequest(ex.Message).AsException();
        }

        return EmulatorResponse.Empty();
    }

    private ValueTask<EmulatorResponse> GetQuotas(ControlContext context, CancellationToken cancellationToken) =>
        Ok(QuotasJson(context.Emulator.Quotas));

    private ValueTask<EmulatorResponse> SetQuotas(ControlContext context, CancellationToken cancellationToken)
    {
        EmulatorQuotas quotas = context.Emulator.Quotas;
        try
        {
            if (context.GetInt64("maxRecordsPerBatch") is { } batch)
            {
                quotas.MaxRecordsPerBatch = checked((int)batch);
            }

            if (context.GetInt64("recordsPerMinute") is { } perMinute)
            {
                quotas.RecordsPerMinute = checked((int)perMinute);
            }

            if (context.GetInt64("requestsPerDay") is { } perDay)
            {
                quotas.RequestsPerDay = checked((int)perDay);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            throw LinkedInError.BadRequest(ex.Message).AsException();
        }

        return Ok(QuotasJson(quotas));
    }

    private static JsonObject QuotasJson(EmulatorQuotas quotas) => new()
    {
        ["maxRecordsPerBatch"] = quotas.MaxRecordsPerBatch,
        ["recordsPerMinute"] = quotas.RecordsPerMinute,
        ["requestsPerDay"] = quotas.RequestsPerDay,
    };
}
