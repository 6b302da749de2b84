using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// <c>/v2/provisionedApplications</c> (partner token only): CREATE a child application per customer
/// (<c>uniqueForeignId</c> unique → 409; <c>name</c> ≤ 50 characters without "LinkedIn"), FINDER
/// <c>q=credentialsByUniqueForeignId</c>, GET by URN, PARTIAL_UPDATE of <c>validJsSdkDomains</c> /
/// <c>oauth2AuthorizedCallbackUrls</c>.
/// </summary>
internal sealed class ProvisioningModule : IEmulatorModule
{
    /// <summary>The resource name.</summary>
    public const string Resource = "provisionedApplications";

    /// <summary>The longest accepted application name.</summary>
    public const int MaxNameLength = 50;

    private static readonly string[] UpdatableFields = ["validJsSdkDomains", "oauth2AuthorizedCallbackUrls", "description"];

    private readonly EmulatorServices _services;

    public ProvisioningModule(EmulatorServices services) => _services = services;

    /// <inheritdoc />
    public void Register(EmulatorRouter router)
    {
        router.Map(Resource, RestLiMethod.Create, CreateAsync, RouteCaller.Partner);
        router.MapFinder(Resource, "credentialsByUniqueForeignId", FindAsync, RouteCaller.Partner);
        router.Map(Resource, RestLiMethod.Get, GetAsync, RouteCaller.Partner);
        router.Map(Resource, RestLiMethod.PartialUpdate, PartialUpdateAsync, RouteCaller.Partner);
    }

    /// <summary>
    /// Creates a customer with its child application, applying LinkedIn's rules. Shared by the API and the scripting API.
    /// </summary>
    public CustomerState Provision(string? uniqueForeignId, string? name, string? description, IReadOnlyList<string>? callbackUrls, IReadOnlyList<string>? jsSdkDomains)
    {
        if (string.IsNullOrWhiteSpace(uniqueForeignId))
        {
            throw LinkedInError.BadRequest("uniqueForeignId is required: pass your own unique id of the customer.").AsException();
        }

        ValidateName(name);
        ValidateDomains(jsSdkDomains);
        lock (_services.State.Sync)
        {
            if (_services.State.CustomersByForeignId.ContainsKey(uniqueForeignId))
            {
                throw LinkedInError.Conflict($"An application with uniqueForeignId '{uniqueForeignId}' already exists for this partner; fetch it with q=credentialsByUniqueForeignId.").AsException();
            }

            long id = _services.State.NextId();
            string clientId = Convert.ToHexString(RandomNumberGenerator.GetBytes(7)).ToLowerInvariant();
            var application = new EmulatedApplication(clientId, EmulatorState.NewOpaque(12), $"urn:li:developerApplication:{id}", isPartner: false);
            var customer = new CustomerState(application, uniqueForeignId, name!, _services.NowMillis)
            {
                Description = description,
                OAuth2AuthorizedCallbackUrls = callbackUrls?.ToList() ?? [],
                ValidJsSdkDomains = jsSdkDomains?.ToList() ?? [],
            };
            application.Customer = customer;
            _services.State.ApplicationsByClientId[clientId] = application;
            _services.State.CustomersByForeignId[uniqueForeignId] = customer;
            return customer;
        }
    }

    /// <summary>The JSON of a provisioned application (choice for UNCONFIRMED credential field names: <c>credentials.client_id/client_secret</c>).</summary>
    public static JsonObject ToJson(CustomerState customer) => new()
    {
        ["key"] = customer.Application.Urn,
        ["uniqueForeignId"] = customer.UniqueForeignId,
        ["name"] = customer.Name,
        ["description"] = customer.Description,
        ["validJsSdkDomains"] = new JsonArray(customer.ValidJsSdkDomains.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
        ["oauth2AuthorizedCallbackUrls"] = new JsonArray(customer.OAuth2AuthorizedCallbackUrls.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
        ["credentials"] = new JsonObject
        {
            ["client_id"] = customer.Application.ClientId,
            ["client_secret"] = customer.Application.ClientSecret,
        },
        ["createdAt"] = customer.CreatedAt,
    };

    private ValueTask<EmulatorResponse> CreateAsync(RequestContext context, CancellationToken cancellationToken)
    {
        if (context.Body is not JsonObject body)
        {
            throw LinkedInError.BadRequest("The body must be a JSON object with uniqueForeignId and name.").AsException();
        }

        CustomerState customer = Provision(
            StringField(body, "uniqueForeignId"),
            StringField(body, "name"),
            StringField(body, "description"),
            StringList(body, "oauth2AuthorizedCallbackUrls"),
            StringList(body, "validJsSdkDomains"));
        JsonObject json;
        lock (_services.State.Sync)
        {
            json = ToJson(customer);
        }

        return ValueTask.FromResult(EmulatorResponse.Json(201, json)
            .WithHeader("x-restli-id", customer.Application.Urn)
            .WithHeader("Location", $"/v2/{Resource}/{Uri.EscapeDataString(customer.Application.Urn)}"));
    }

    private ValueTask<EmulatorResponse> FindAsync(RequestContext context, CancellationToken cancellationToken)
    {
        string uniqueForeignId = context.RequireString("uniqueForeignId");
        var elements = new List<JsonNode>();
        lock (_services.State.Sync)
        {
            if (_services.State.CustomersByForeignId.TryGetValue(uniqueForeignId, out CustomerState? customer))
            {
                elements.Add(ToJson(customer));
            }
        }

        return ValueTask.FromResult(CollectionResponse.All(context, elements));
    }

    private ValueTask<EmulatorResponse> GetAsync(RequestContext context, CancellationToken cancellationToken)
    {
        CustomerState customer = FindByKey(context.Key!);
        lock (_services.State.Sync)
        {
            return ValueTask.FromResult(EmulatorResponse.Ok(ToJson(customer)));
        }
    }

    private ValueTask<EmulatorResponse> PartialUpdateAsync(RequestContext context, CancellationToken cancellationToken)
    {
        CustomerState customer = FindByKey(context.Key!);
        if (context.Body is not JsonObject body || body["patch"] is not JsonObject patch)
        {
            throw LinkedInError.BadRequest("The body must be a Rest.li patch: {\"patch\":{\"$set\":{...}}}.").AsException();
        }

        foreach ((string op, _) in patch)
        {
            if (op != "$set")
            {
                throw LinkedInError.BadRequest($"Patch operation '{op}' is not supported on {Resource}; use $set.").AsException();
            }
        }

        if (patch["$set"] is not JsonObject set)
        {
            throw LinkedInError.BadRequest("The patch must contain a $set object.").AsException();
        }

        foreach ((string field, _) in set)
        {
            if (!UpdatableFields.Contains(field))
            {
                throw LinkedInError.BadRequest($"Field '{field}' cannot be updated; updatable fields: {string.Join(", ", UpdatableFields)}.").AsException();
            }
        }

        IReadOnlyList<string>? domains = StringList(set, "validJsSdkDomains");
        IReadOnlyList<string>? callbacks = StringList(set, "oauth2AuthorizedCallbackUrls");
        string? description = StringField(set, "description");
        ValidateDomains(domains);
        lock (_services.State.Sync)
        {
            if (domains is not null)
            {
                customer.ValidJsSdkDomains = domains.ToList();
            }

            if (callbacks is not null)
            {
                customer.OAuth2AuthorizedCallbackUrls = callbacks.ToList();
            }

            if (set.ContainsKey("description"))
            {
                customer.Description = description;
            }
        }

        return ValueTask.FromResult(EmulatorResponse.Empty());
    }

    private CustomerState FindByKey(RestLiValue key)
    {
        string text = key.Kind == RestLiValueKind.Primitive ? key.AsString() : throw LinkedInError.BadRequest("The application key must be its URN, urn:li:developerApplication:{id}.").AsException();
        string urn = text.StartsWith("urn:", StringComparison.Ordinal) ? text : $"urn:li:developerApplication:{text}";
        lock (_services.State.Sync)
        {
            return _services.State.CustomersByForeignId.Values.FirstOrDefault(c => c.Application.Urn == urn)
                ?? throw LinkedInError.NotFound($"No provisioned application {urn}.").AsException();
        }
    }

    private static void ValidateName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw LinkedInError.BadRequest("name is required, in the form \"{ATS name} - {customer name}\".").AsException();
        }

        if (name.Length > MaxNameLength)
        {
            throw LinkedInError.BadRequest($"name must be at most {MaxNameLength} characters (was {name.Length}).").AsException();
        }

        if (name.Contains("LinkedIn", StringComparison.OrdinalIgnoreCase))
        {
            throw LinkedInError.BadRequest("name must not contain \"LinkedIn\".").AsException();
        }
    }

    private static void ValidateDomains(IReadOnlyList<string>? domains)
    {
        foreach (string domain in domains ?? [])
        {
            if (domain.Length == 0 || domain.EndsWith('/'))
            {
                throw LinkedInError.BadRequest($"validJsSdkDomains entry '{domain}' must be a non-empty domain without a trailing '/'.").AsException();
            }
        }
    }

    private static string? StringField(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw LinkedInError.BadRequest($"Field '{name}' must be a string.").AsException(),
    };

    private static List<string>? StringList(JsonObject body, string name)
    {
        if (body[name] is null)
        {
            return null;
        }

        if (body[name] is not JsonArray array)
        {
            throw LinkedInError.BadRequest($"Field '{name}' must be an array of strings.").AsException();
        }

        var result = new List<string>();
        foreach (JsonNode? item in array)
        {
            result.Add(item is JsonValue v && v.TryGetValue(out string? s) ? s : throw LinkedInError.BadRequest($"Field '{name}' must be an array of strings.").AsException());
        }

        return result;
    }
}
