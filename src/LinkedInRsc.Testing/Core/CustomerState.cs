namespace LinkedInRsc.Testing.Core;

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
