using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Internal;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Integrations;

/// <summary><c>atsIntegrations</c> and its <c>configurations</c> for one Customer.</summary>
internal sealed class IntegrationsClient(RestLiClient restLi, ICustomerClient owner, CustomerRecords records) : IIntegrationsClient
{
    internal const string Resource = "atsIntegrations";
    internal const string CallbackUrlKey = "CALLBACK_URL";
    internal const string JobPostingViewersKey = "JOB_POSTING_VIEWERS";
    internal const string ApplicationViewersKey = "APPLICATION_VIEWERS";
    internal const string AllProductUsers = "ALL_PRODUCT_USERS";
    private const string TenantType = "RECRUITER";
    private const string DataProvider = "ATS";
    private const int MaxDisplayNameLength = 100;

    private Customer Customer => owner.Customer;

    private static readonly (IntegrationType Type, string Label)[] OrganizationTypes =
    [
        (IntegrationType.OneClickExport, "One-Click Export"),
        (IntegrationType.InAtsIndicator, "In-ATS Indicator"),
        (IntegrationType.ProfilePlugin, "Profile Plugin"),
    ];

    public async Task<IReadOnlyList<Integration>> NameIntegrationsAsync(string customerDisplayName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(customerDisplayName) || customerDisplayName.Length > MaxDisplayNameLength)
        {
            throw new ArgumentException($"The customer display name is required and at most {MaxDisplayNameLength} characters.", nameof(customerDisplayName));
        }

        var patches = new List<KeyValuePair<RestLiValue, RestLiPatch>>();
        foreach ((IntegrationType type, string context, string label) in Keys(requireOrganization: true))
        {
            string name = $"{customerDisplayName} LinkedIn Recruiter {label} Integration";
            patches.Add(new(Key(context, type), RestLiPatch.SetFields(new JsonObject { ["integrationName"] = name })));
        }

        RestLiResponse response = await restLi.SendAsync(
            RestLiRequest.BatchPartialUpdate(Resource, patches) with { Credentials = Customer.Credentials }, cancellationToken).ConfigureAwait(false);
        ThrowOnFailure(response, "name");
        return await GetIntegrationsAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Integration>> GetIntegrationsAsync(CancellationToken cancellationToken = default)
    {
        var keys = Keys(requireOrganization: false).Select(k => Key(k.Context, k.Type)).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        RestLiResponse response = await restLi.SendAsync(RestLiRequest.BatchGet(Resource, keys) with { Credentials = Customer.Credentials }, cancellationToken).ConfigureAwait(false);
        var integrations = new List<Integration>();
        foreach (RestLiKeyResult result in response.ReadBatchResult().Results)
        {
            if (result.Outcome == RestLiOutcome.Succeeded && result.Entity is { } entity && Read(entity, result.Key) is { } integration)
            {
                integrations.Add(integration);
            }
            else if (result.Status is not (int)HttpStatusCode.NotFound && result.Outcome != RestLiOutcome.Succeeded)
            {
                throw Failure(result, "read", response.RequestId);
            }
        }

        return integrations;
    }

    public async Task<CustomerStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Integration> integrations = await GetIntegrationsAsync(cancellationToken).ConfigureAwait(false);
        bool callback = Customer.Organization is not null && await GetCallbackUrlAsync(cancellationToken).ConfigureAwait(false) is not null;
        CustomerStatus status = CustomerStatusDeriver.Derive(Customer, integrations, callback);

        await RecordAsync(status, cancellationToken).ConfigureAwait(false);
        return status;
    }

    public async Task SetCallbackUrlAsync(Uri callbackUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        if (!CallbackUrlRules.IsAllowed(callbackUrl))
        {
            throw new ArgumentException($"The callback URL must be {CallbackUrlRules.Requirement}, got '{callbackUrl}'.", nameof(callbackUrl));
        }

        await foreach (Customer other in records.Directory.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!string.Equals(other.CustomerId, Customer.CustomerId, StringComparison.Ordinal) && other.CallbackUrl is { } used
                && Uri.Compare(used, callbackUrl, UriComponents.AbsoluteUri, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                throw new ArgumentException(
                    $"The callback URL is already registered for customer '{other.CustomerId}'; LinkedIn needs one URL per customer (e.g. add the customer id to the path).",
                    nameof(callbackUrl));
            }
        }

        await PutConfigurationAsync(IntegrationType.OneClickExport, CallbackUrlKey, callbackUrl.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        await records.UpdateAsync(Customer, latest => latest with { CallbackUrl = callbackUrl }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Uri?> GetCallbackUrlAsync(CancellationToken cancellationToken = default)
    {
        string? value = await GetConfigurationAsync(IntegrationType.OneClickExport, CallbackUrlKey, cancellationToken).ConfigureAwait(false);
        return value is not null && Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) ? uri : null;
    }

    public async Task SetAllProductUsersViewersAsync(CancellationToken cancellationToken = default)
    {
        await PutConfigurationAsync(IntegrationType.OneClickExport, JobPostingViewersKey, AllProductUsers, cancellationToken).ConfigureAwait(false);
        await PutConfigurationAsync(IntegrationType.InAtsIndicator, ApplicationViewersKey, AllProductUsers, cancellationToken).ConfigureAwait(false);
    }

    public async Task RemoveViewersAsync(CancellationToken cancellationToken = default)
    {
        await DeleteConfigurationAsync(IntegrationType.OneClickExport, JobPostingViewersKey, cancellationToken).ConfigureAwait(false);
        await DeleteConfigurationAsync(IntegrationType.InAtsIndicator, ApplicationViewersKey, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IntegrationStatusChange> GetStatusChangeAsync(string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        var find = RestLiRequest.Finder(Resource, "request", new Dictionary<string, RestLiValue> { ["requestId"] = RestLiValue.FromString(requestId) })
            with
        { Credentials = Customer.Credentials };
        RestLiResponse response = await restLi.SendAsync(find, cancellationToken).ConfigureAwait(false);
        var integrations = response.ReadPage().Elements.Select(e => Read(e, null)).OfType<Integration>().ToList();

        // The change names only what changed: derive the level from every integration, and record it, so that the
        // directory (and every client of this customer) is current after a status-change push with no other call.
        IReadOnlyList<Integration> all = await GetIntegrationsAsync(cancellationToken).ConfigureAwait(false);
        CustomerStatus status = CustomerStatusDeriver.Derive(Customer, all, Customer.CallbackUrl is not null);
        await RecordAsync(status, cancellationToken).ConfigureAwait(false);
        return new IntegrationStatusChange { RequestId = requestId, Integrations = integrations, Status = status };
    }

    /// <summary>Records the access level actually granted, so capability clients gate on it without asking LinkedIn each time.</summary>
    private ValueTask<Customer> RecordAsync(CustomerStatus status, CancellationToken cancellationToken) =>
        records.UpdateAsync(
            Customer,
            latest => latest with
            {
                Contracts = [.. latest.Contracts.Select(c => c with
                {
                    AccessLevel = status.EnabledContracts.Contains(c.Urn) ? AccessLevel.Contract
                        : status.AccessLevel != AccessLevel.None ? AccessLevel.Company
                        : AccessLevel.None,
                })],
            },
            cancellationToken);

    private async Task PutConfigurationAsync(IntegrationType type, string key, string value, CancellationToken cancellationToken)
    {
        var entity = new JsonObject { ["configurationValue"] = new JsonObject { ["string"] = value } };
        RestLiRequest request = RestLiRequest.BatchUpdate(Resource + "/{integration}/configurations", [new(RestLiValue.FromString(key), entity)]) with
        {
            PathKeys = IntegrationPath(type),
            Credentials = Customer.Credentials,
        };
        RestLiResponse response = await restLi.SendAsync(request, cancellationToken).ConfigureAwait(false);
        ThrowOnFailure(response, "configure " + key + " of");
    }

    private async Task<string?> GetConfigurationAsync(IntegrationType type, string key, CancellationToken cancellationToken)
    {
        RestLiRequest request = RestLiRequest.BatchGet(Resource + "/{integration}/configurations", [RestLiValue.FromString(key)]) with
        {
            PathKeys = IntegrationPath(type),
            Credentials = Customer.Credentials,
        };
        RestLiResponse response = await restLi.SendAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (RestLiKeyResult result in response.ReadBatchResult().Results)
        {
            if (result.Outcome == RestLiOutcome.Succeeded && result.Entity is { } entity
                && JsonRead.Object(entity, "configurationValue") is { } union)
            {
                return JsonRead.String(union, "string");
            }

            if (result.Outcome != RestLiOutcome.Succeeded && result.Status is not (int)HttpStatusCode.NotFound)
            {
                throw Failure(result, "read " + key + " of", response.RequestId);
            }
        }

        return null;
    }

    private async Task DeleteConfigurationAsync(IntegrationType type, string key, CancellationToken cancellationToken)
    {
        RestLiRequest request = RestLiRequest.BatchDelete(Resource + "/{integration}/configurations", [RestLiValue.FromString(key)]) with
        {
            PathKeys = IntegrationPath(type),
            Credentials = Customer.Credentials,
        };
        RestLiResponse response = await restLi.SendAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (RestLiKeyResult result in response.ReadBatchResult().Results)
        {
            // Removing what is not there is the state the caller asked for.
            if (result.Outcome != RestLiOutcome.Succeeded && result.Status is not (int)HttpStatusCode.NotFound)
            {
                throw Failure(result, "remove " + key + " of", response.RequestId);
            }
        }
    }

    private Dictionary<string, RestLiValue> IntegrationPath(IntegrationType type) =>
        new(StringComparer.Ordinal) { ["integration"] = Key(RequireOrganization().ToString(), type) };

    private IEnumerable<(IntegrationType Type, string Context, string Label)> Keys(bool requireOrganization)
    {
        if (requireOrganization)
        {
            RequireOrganization();
        }

        if (Customer.Organization is { } organization)
        {
            foreach ((IntegrationType type, string label) in OrganizationTypes)
            {
                yield return (type, organization.ToString(), label);
            }
        }

        foreach (RecruiterContract contract in Customer.Contracts)
        {
            yield return (IntegrationType.CsaApi, contract.Urn.ToString(), "Contract Data Access (CSA API)");
        }
    }

    private OrganizationUrn RequireOrganization() =>
        Customer.Organization ?? throw new CustomerNotOnboardedException(
            Customer.CustomerId,
            $"Customer '{Customer.CustomerId}' has no LinkedIn organization yet: show the onboarding widget, then record its callback (OnboardingWorkflow.RecordWidgetCallbackAsync).");

    internal static RestLiValue Key(string integrationContext, IntegrationType type) => RestLiValue.RecordOf(
        ("integrationContext", RestLiValue.FromString(integrationContext)),
        ("integrationType", RestLiValue.FromString(type.Value)),
        ("tenantType", RestLiValue.FromString(TenantType)),
        ("dataProvider", RestLiValue.FromString(DataProvider)));

    private static Integration? Read(JsonElement entity, RestLiValue? key)
    {
        string? context = JsonRead.String(entity, "integrationContext");
        string? type = JsonRead.String(entity, "integrationType");
        if (key is { Kind: RestLiValueKind.Record })
        {
            context ??= key.TryGetField("integrationContext", out RestLiValue? c) ? c.AsString() : null;
            type ??= key.TryGetField("integrationType", out RestLiValue? t) ? t.AsString() : null;
        }

        if (string.IsNullOrWhiteSpace(context) || string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        string? status = JsonRead.String(entity, "status") ?? JsonRead.String(entity, "integrationStatus");
        long? modified = JsonRead.Int64(entity, "lastModifiedAt");
        return new Integration
        {
            Type = new IntegrationType(type),
            IntegrationContext = context,
            Name = JsonRead.String(entity, "integrationName"),
            Status = string.IsNullOrWhiteSpace(status) ? null : new IntegrationStatus(status),
            LastModifiedAt = modified is > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(modified.Value) : null,
        };
    }

    private static void ThrowOnFailure(RestLiResponse response, string action)
    {
        foreach (RestLiKeyResult key in response.ReadBatchResult().GetFailures())
        {
            throw Failure(key, action, response.RequestId);
        }
    }

    private static LinkedInRscException Failure(RestLiKeyResult result, string action, string? requestId)
    {
        string what = result.Key.Kind == RestLiValueKind.Record && result.Key.TryGetField("integrationType", out RestLiValue? t) ? t.AsString() : "the configuration";
        string message = $"LinkedIn refused to {action} {what}: {result.Error?.Message ?? "no reason given"} (status {result.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}).";
        return LinkedInRscExceptionFactory.FromKeyFailure(message, result.Status, result.Error, requestId);
    }
}
