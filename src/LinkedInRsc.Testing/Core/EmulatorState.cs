using System.Security.Cryptography;
using LinkedInRsc.Authentication;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The emulator's shared state: applications, tokens, customers (tenants), integrations and configurations. Every
/// read or write of it happens under <see cref="Sync"/>; resources modules keep their own data but use the same lock
/// when they need a consistent view with tenants.
/// </summary>
internal sealed class EmulatorState
{
    private long _nextId = 1000;

    /// <summary>The one lock guarding the state.</summary>
    public object Sync { get; } = new();

    /// <summary>Applications by client id.</summary>
    public Dictionary<string, EmulatedApplication> ApplicationsByClientId { get; } = new(StringComparer.Ordinal);

    /// <summary>Access tokens.</summary>
    public Dictionary<string, AccessTokenState> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Customers by unique foreign id.</summary>
    public Dictionary<string, CustomerState> CustomersByForeignId { get; } = new(StringComparer.Ordinal);

    /// <summary>Integration status-change requests by request id (for <c>atsIntegrations?q=request</c>).</summary>
    public Dictionary<string, IntegrationChangeRequest> IntegrationChangeRequests { get; } = new(StringComparer.Ordinal);

    /// <summary>The partner (parent) application.</summary>
    public EmulatedApplication Partner { get; private set; } = null!;

    /// <summary>Returns a new numeric id, unique within this emulator.</summary>
    public long NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>Creates a random opaque string (tokens, secrets, request ids).</summary>
    public static string NewOpaque(int bytes = 24) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>Registers the partner application.</summary>
    public void InitializePartner(ClientCredentials credentials)
    {
        lock (Sync)
        {
            Partner = new EmulatedApplication(credentials.ClientId, credentials.ClientSecret, $"urn:li:developerApplication:{NextId()}", isPartner: true);
            ApplicationsByClientId[credentials.ClientId] = Partner;
        }
    }

    /// <summary>Finds the customer owning an organization or contract URN, if any.</summary>
    public CustomerState? FindOwnerOfContext(string integrationContext)
    {
        foreach (CustomerState customer in CustomersByForeignId.Values)
        {
            if (string.Equals(customer.OrganizationUrn, integrationContext, StringComparison.Ordinal) || customer.ContractUrns.Contains(integrationContext))
            {
                return customer;
            }
        }

        return null;
    }
}

/// <summary>A developer application known to the emulator: the partner app or a provisioned child app.</summary>
internal sealed class EmulatedApplication
{
    public EmulatedApplication(string clientId, string clientSecret, string urn, bool isPartner)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        Urn = urn;
        IsPartner = isPartner;
    }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The client secret (signs pushes to this customer).</summary>
    public string ClientSecret { get; }

    /// <summary><c>urn:li:developerApplication:{id}</c>.</summary>
    public string Urn { get; }

    /// <summary>True for the partner (parent) application.</summary>
    public bool IsPartner { get; }

    /// <summary>The customer this child application belongs to (null for the partner).</summary>
    public CustomerState? Customer { get; set; }
}

/// <summary>One issued access token.</summary>
internal sealed record AccessTokenState(string Token, EmulatedApplication Application, DateTimeOffset ExpiresAt);

/// <summary>
/// One customer (tenant): a provisioned child application, the organization and contracts its LinkedIn admin
/// connected, and its integrations.
/// </summary>
internal sealed class CustomerState
{
    public CustomerState(EmulatedApplication application, string uniqueForeignId, string name, long createdAt)
    {
        Application = application;
        UniqueForeignId = uniqueForeignId;
        Name = name;
        CreatedAt = createdAt;
    }

    /// <summary>The child application.</summary>
    public EmulatedApplication Application { get; }

    /// <summary>The partner's id for this customer.</summary>
    public string UniqueForeignId { get; }

    /// <summary>The application's display name.</summary>
    public string Name { get; set; }

    /// <summary>The application's description.</summary>
    public string? Description { get; set; }

    /// <summary>Creation time, epoch ms.</summary>
    public long CreatedAt { get; }

    /// <summary>Domains allowed to host the JS widgets.</summary>
    public List<string> ValidJsSdkDomains { get; set; } = [];

    /// <summary>OAuth 2 redirect URLs.</summary>
    public List<string> OAuth2AuthorizedCallbackUrls { get; set; } = [];

    /// <summary>The organization URN the admin connected, or null before the admin connects.</summary>
    public string? OrganizationUrn { get; set; }

    /// <summary>The Recruiter contract URNs the admin connected.</summary>
    public List<string> ContractUrns { get; } = [];

    /// <summary>Integrations by key.</summary>
    public Dictionary<IntegrationKey, IntegrationState> Integrations { get; } = [];

    /// <summary>When the callback URL last passed LinkedIn's challenge (null: never, or it changed since).</summary>
    public DateTimeOffset? CallbackVerifiedAt { get; set; }

    /// <summary>The callback URL configured on the customer's ONE_CLICK_EXPORT integration, if any.</summary>
    public string? CallbackUrl
    {
        get
        {
            foreach (IntegrationState integration in Integrations.Values)
            {
                if (integration.Configurations.TryGetValue(IntegrationConfigurationKeys.CallbackUrl, out string? url))
                {
                    return url;
                }
            }

            return null;
        }
    }

    /// <summary>Whether any company-level integration on the organization is enabled.</summary>
    public bool IsCompanyLevelEnabled =>
        OrganizationUrn is not null && Integrations.Values.Any(i => i.Key.IntegrationContext == OrganizationUrn && i.Status == IntegrationStatuses.Enabled);

    /// <summary>Whether <c>CSA_API</c> is enabled for the contract.</summary>
    public bool IsCsaEnabled(string contractUrn) =>
        Integrations.TryGetValue(IntegrationKey.Rsc(contractUrn, IntegrationTypes.CsaApi), out IntegrationState? csa) && csa.Status == IntegrationStatuses.Enabled;

    /// <summary>Whether the URN is this customer's organization or one of its contracts.</summary>
    public bool Owns(string integrationContext) =>
        string.Equals(OrganizationUrn, integrationContext, StringComparison.Ordinal) || ContractUrns.Contains(integrationContext);
}

/// <summary>The compound key of an <c>atsIntegrations</c> entity.</summary>
internal sealed record IntegrationKey(string IntegrationContext, string IntegrationType, string TenantType, string DataProvider)
{
    /// <summary>An RSC key (<c>tenantType=RECRUITER</c>, <c>dataProvider=ATS</c>).</summary>
    public static IntegrationKey Rsc(string context, string type) => new(context, type, "RECRUITER", "ATS");
}

/// <summary>One integration of a customer.</summary>
internal sealed class IntegrationState
{
    public IntegrationState(IntegrationKey key) => Key = key;

    /// <summary>The key.</summary>
    public IntegrationKey Key { get; }

    /// <summary>The partner-given name (<c>integrationName</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The status (see <see cref="IntegrationStatuses"/>).</summary>
    public string Status { get; set; } = IntegrationStatuses.Requested;

    /// <summary>Last modification, epoch ms.</summary>
    public long LastModifiedAt { get; set; }

    /// <summary>Configurations by key (values are strings).</summary>
    public Dictionary<string, string> Configurations { get; } = new(StringComparer.Ordinal);
}

/// <summary>A recorded integration status change (an admin enabled/disabled integrations), looked up by request id.</summary>
internal sealed record IntegrationChangeRequest(string RequestId, CustomerState Customer, IReadOnlyList<IntegrationKey> Keys, long CreatedAt);

/// <summary>The integration types the emulator knows.</summary>
internal static class IntegrationTypes
{
    public const string InAtsIndicator = "IN_ATS_INDICATOR";
    public const string OneClickExport = "ONE_CLICK_EXPORT";
    public const string ProfilePlugin = "PROFILE_PLUGIN";
    public const string CsaApi = "CSA_API";

    /// <summary>The company-level (organization URN) types of RSC.</summary>
    public static readonly string[] CompanyLevel = [InAtsIndicator, OneClickExport, ProfilePlugin];
}

/// <summary>
/// Integration status values. UNCONFIRMED in LinkedIn's docs: <c>REQUESTED</c> (seen once) and <c>ENABLED</c> are
/// LinkedIn's terms; <c>DISABLED</c> is the emulator's choice.
/// </summary>
internal static class IntegrationStatuses
{
    public const string Requested = "REQUESTED";
    public const string Enabled = "ENABLED";
    public const string Disabled = "DISABLED";
}

/// <summary>The configuration keys and the integration type each belongs to.</summary>
internal static class IntegrationConfigurationKeys
{
    public const string CallbackUrl = "CALLBACK_URL";
    public const string JobPostingViewers = "JOB_POSTING_VIEWERS";
    public const string ApplicationViewers = "APPLICATION_VIEWERS";

    /// <summary>The only accepted viewers value.</summary>
    public const string AllProductUsers = "ALL_PRODUCT_USERS";

    /// <summary>The integration type a configuration key belongs to, or null for an unknown key.</summary>
    public static string? OwnerType(string key) => key switch
    {
        CallbackUrl or JobPostingViewers => IntegrationTypes.OneClickExport,
        ApplicationViewers => IntegrationTypes.InAtsIndicator,
        _ => null,
    };
}
