using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// <c>/v2/atsIntegrations</c> (customer token): BATCH_PARTIAL_UPDATE of <c>integrationName</c>, BATCH_GET, FINDER
/// <c>q=request&amp;requestId=</c> (after an <c>INTEGRATION_STATUS_CHANGE</c> push), and the <c>configurations</c>
/// sub-resource (BATCH_UPDATE / BATCH_GET / BATCH_DELETE of CALLBACK_URL, JOB_POSTING_VIEWERS, APPLICATION_VIEWERS).
/// </summary>
internal sealed class AtsIntegrationsModule : IEmulatorModule
{
    /// <summary>The resource name.</summary>
    public const string Resource = "atsIntegrations";

    /// <summary>The configurations sub-resource.</summary>
    public const string Configurations = "configurations";

    private readonly EmulatorServices _services;

    public AtsIntegrationsModule(EmulatorServices services) => _services = services;

    /// <inheritdoc />
    public void Register(EmulatorRouter router)
    {
        router.Map(Resource, RestLiMethod.BatchPartialUpdate, BatchPartialUpdateAsync);
        router.Map(Resource, RestLiMethod.BatchGet, BatchGetAsync);
        router.MapFinder(Resource, "request", FindByRequestAsync);
        router.Map(Resource, Configurations, RestLiMethod.BatchUpdate, PutConfigurationsAsync);
        router.Map(Resource, Configurations, RestLiMethod.BatchGet, GetConfigurationsAsync);
        router.Map(Resource, Configurations, RestLiMethod.BatchDelete, DeleteConfigurationsAsync);
    }

    /// <summary>
    /// The JSON of an integration. Field names beyond the key and <c>integrationName</c> are UNCONFIRMED; the emulator
    /// answers <c>status</c> (REQUESTED | ENABLED | DISABLED) and <c>lastModifiedAt</c>.
    /// </summary>
    public static JsonObject ToJson(IntegrationState integration)
    {
        var json = new JsonObject
        {
            ["integrationContext"] = integration.Key.IntegrationContext,
            ["integrationType"] = integration.Key.IntegrationType,
            ["tenantType"] = integration.Key.TenantType,
            ["dataProvider"] = integration.Key.DataProvider,
        };
        if (integration.Name is not null)
        {
            json["integrationName"] = integration.Name;
        }

        json["status"] = integration.Status;
        json["lastModifiedAt"] = integration.LastModifiedAt;
        return json;
    }

    private ValueTask<EmulatorResponse> BatchPartialUpdateAsync(RequestContext context, CancellationToken cancellationToken)
    {
        var response = new BatchResponseBuilder();
        foreach (BatchEntity entity in context.GetBatchEntities())
        {
            string? name = null;
            LinkedInError? error = Lookup(context, entity.Key, out IntegrationState? integration);
            error ??= ValidateNamePatch(entity.Value, out name);
            if (error is not null)
            {
                response.Failure(entity.RawKey, error);
                continue;
            }

            lock (_services.State.Sync)
            {
                integration!.Name = name;
                integration.LastModifiedAt = context.NowMillis;
            }

            response.Success(entity.RawKey);
        }

        return ValueTask.FromResult(response.Build());
    }

    private ValueTask<EmulatorResponse> BatchGetAsync(RequestContext context, CancellationToken cancellationToken)
    {
        var response = new BatchGetResponseBuilder();
        foreach (BatchEntity entity in context.GetBatchEntities())
        {
            if (Lookup(context, entity.Key, out IntegrationState? integration) is { } error)
            {
                response.Failure(entity.RawKey, error);
                continue;
            }

            lock (_services.State.Sync)
            {
                response.Found(entity.RawKey, ToJson(integration!));
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    private ValueTask<EmulatorResponse> FindByRequestAsync(RequestContext context, CancellationToken cancellationToken)
    {
        string requestId = context.RequireString("requestId");
        var elements = new List<JsonNode>();
        lock (_services.State.Sync)
        {
            if (!_services.State.IntegrationChangeRequests.TryGetValue(requestId, out IntegrationChangeRequest? change))
            {
                throw LinkedInError.NotFound($"No integration status change with requestId '{requestId}'.").AsException();
            }

            if (change.Customer != context.Customer)
            {
                throw LinkedInError.Forbidden($"Not enough permissions: request '{requestId}' belongs to another customer.").AsException();
            }

            foreach (IntegrationKey key in change.Keys)
            {
                if (change.Customer.Integrations.TryGetValue(key, out IntegrationState? integration))
                {
                    elements.Add(ToJson(integration));
                }
            }
        }

        return ValueTask.FromResult(CollectionResponse.All(context, elements));
    }

    private ValueTask<EmulatorResponse> PutConfigurationsAsync(RequestContext context, CancellationToken cancellationToken)
    {
        IntegrationState integration = RequireParent(context);
        var response = new BatchResponseBuilder();
        foreach (BatchEntity entity in context.GetBatchEntities())
        {
            string configurationKey = entity.Key.Kind == RestLiValueKind.Primitive ? entity.Key.AsString() : string.Empty;
            LinkedInError? error = ValidateConfiguration(context, integration, configurationKey, entity.Value, out string? value);
            if (error is not null)
            {
                response.Failure(entity.RawKey, error);
                continue;
            }

            lock (_services.State.Sync)
            {
                if (configurationKey == IntegrationConfigurationKeys.CallbackUrl
                    && (!integration.Configurations.TryGetValue(configurationKey, out string? old) || old != value))
                {
                    context.Customer.CallbackVerifiedAt = null;
                }

                integration.Configurations[configurationKey] = value!;
                integration.LastModifiedAt = context.NowMillis;
            }

            response.Success(entity.RawKey);
        }

        return ValueTask.FromResult(response.Build());
    }

    private ValueTask<EmulatorResponse> GetConfigurationsAsync(RequestContext context, CancellationToken cancellationToken)
    {
        IntegrationState integration = RequireParent(context);
        var response = new BatchGetResponseBuilder();
        foreach (BatchEntity entity in context.GetBatchEntities())
        {
            string configurationKey = entity.Key.Kind == RestLiValueKind.Primitive ? entity.Key.AsString() : string.Empty;
            lock (_services.State.Sync)
            {
                if (integration.Configurations.TryGetValue(configurationKey, out string? value))
                {
                    response.Found(entity.RawKey, ConfigurationJson(value));
                }
                else
                {
                    response.Failure(entity.RawKey, LinkedInError.NotFound($"Configuration '{configurationKey}' is not set on this integration."));
                }
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    private ValueTask<EmulatorResponse> DeleteConfigurationsAsync(RequestContext context, CancellationToken cancellationToken)
    {
        IntegrationState integration = RequireParent(context);
        var response = new BatchResponseBuilder();
        foreach (BatchEntity entity in context.GetBatchEntities())
        {
            string configurationKey = entity.Key.Kind == RestLiValueKind.Primitive ? entity.Key.AsString() : string.Empty;
            lock (_services.State.Sync)
            {
                if (integration.Configurations.Remove(configurationKey))
                {
                    response.Success(entity.RawKey);
                }
                else
                {
                    response.Failure(entity.RawKey, LinkedInError.NotFound($"Configuration '{configurationKey}' is not set on this integration."));
                }
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    /// <summary>The configuration value JSON, a union: <c>{"configurationValue":{"string":"…"}}</c>.</summary>
    private static JsonObject ConfigurationJson(string value) => new() { ["configurationValue"] = new JsonObject { ["string"] = value } };

    private LinkedInError? ValidateConfiguration(RequestContext context, IntegrationState integration, string key, JsonNode? body, out string? value)
    {
        value = null;
        string? owner = IntegrationConfigurationKeys.OwnerType(key);
        if (owner is null)
        {
            return LinkedInError.BadRequest($"Unknown configuration '{key}'; known: CALLBACK_URL, JOB_POSTING_VIEWERS (ONE_CLICK_EXPORT), APPLICATION_VIEWERS (IN_ATS_INDICATOR).");
        }

        if (owner != integration.Key.IntegrationType)
        {
            return LinkedInError.BadRequest($"Configuration '{key}' belongs to integration type {owner}, not {integration.Key.IntegrationType}.");
        }

        if (body is not JsonObject obj || obj["configurationValue"] is not JsonObject union || union["string"] is not JsonValue text || !text.TryGetValue(out value))
        {
            return LinkedInError.BadRequest($"Configuration '{key}' must be {{\"configurationValue\":{{\"string\":\"...\"}}}}.");
        }

        if (key == IntegrationConfigurationKeys.CallbackUrl)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri)
                || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback && _services.Options.AllowHttpLoopbackCallbackUrls)))
            {
                return LinkedInError.BadRequest($"CALLBACK_URL '{value}' must be an absolute HTTPS URL.");
            }

            string url = value;
            lock (_services.State.Sync)
            {
                CustomerState? other = _services.State.CustomersByForeignId.Values.FirstOrDefault(c => c != context.Customer && string.Equals(c.CallbackUrl, url, StringComparison.OrdinalIgnoreCase));
                if (other is not null)
                {
                    return LinkedInError.Conflict("CALLBACK_URL must be unique per customer: this URL is already registered for another customer.");
                }
            }
        }
        else if (value != IntegrationConfigurationKeys.AllProductUsers)
        {
            return LinkedInError.BadRequest($"{key} only accepts the value {IntegrationConfigurationKeys.AllProductUsers}, not '{value}'.");
        }

        return null;
    }

    private IntegrationState RequireParent(RequestContext context)
    {
        if (context.ParentKey is null)
        {
            throw LinkedInError.BadRequest("The configurations sub-resource needs the integration key in the path.").AsException();
        }

        return Lookup(context, context.ParentKey, out IntegrationState? integration) is { } error
            ? throw error.AsException()
            : integration!;
    }

    private LinkedInError? Lookup(RequestContext context, RestLiValue key, out IntegrationState? integration)
    {
        integration = null;
        if (key.Kind != RestLiValueKind.Record)
        {
            return LinkedInError.BadRequest("An atsIntegrations key is a record of integrationContext, integrationType, tenantType and dataProvider.");
        }

        string[] names = ["integrationContext", "integrationType", "tenantType", "dataProvider"];
        var values = new string[4];
        for (int i = 0; i < names.Length; i++)
        {
            if (!key.TryGetField(names[i], out RestLiValue? field) || field.Kind != RestLiValueKind.Primitive || field.AsString().Length == 0)
            {
                return LinkedInError.BadRequest($"The atsIntegrations key lacks '{names[i]}'; it needs integrationContext, integrationType, tenantType and dataProvider.");
            }

            values[i] = field.AsString();
        }

        var integrationKey = new IntegrationKey(values[0], values[1], values[2], values[3]);
        lock (_services.State.Sync)
        {
            CustomerState customer = context.Customer;
            if (!customer.Owns(integrationKey.IntegrationContext))
            {
                return LinkedInError.Forbidden($"Not enough permissions to access the integration on {integrationKey.IntegrationContext}: it is not connected to this application's customer.");
            }

            if (!customer.Integrations.TryGetValue(integrationKey, out integration))
            {
                return LinkedInError.NotFound($"No {integrationKey.IntegrationType} integration on {integrationKey.IntegrationContext} (tenantType {integrationKey.TenantType}, dataProvider {integrationKey.DataProvider}).");
            }
        }

        return null;
    }

    private static LinkedInError? ValidateNamePatch(JsonNode? body, out string? name)
    {
        name = null;
        if (body is not JsonObject obj || obj["patch"] is not JsonObject patch || patch["$set"] is not JsonObject set)
        {
            return LinkedInError.BadRequest("Each entity must be a Rest.li patch {\"patch\":{\"$set\":{\"integrationName\":\"...\"}}}.");
        }

        foreach ((string field, _) in set)
        {
            if (field != "integrationName")
            {
                return LinkedInError.BadRequest($"Field '{field}' cannot be updated on atsIntegrations; only integrationName.");
            }
        }

        if (set["integrationName"] is not JsonValue value || !value.TryGetValue(out name) || string.IsNullOrWhiteSpace(name))
        {
            return LinkedInError.BadRequest("integrationName must be a non-empty string.");
        }

        return null;
    }
}
