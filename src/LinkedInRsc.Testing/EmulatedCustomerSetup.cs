namespace LinkedInRsc.Testing;

/// <summary>
/// How <see cref="LinkedInRscEmulator.AddCustomerAsync(EmulatedCustomerSetup, CancellationToken)"/> sets up a customer: its
/// child application is provisioned, its LinkedIn admin connects an organization and contracts, and integrations
/// are enabled at <see cref="AccessLevel"/>.
/// </summary>
public sealed record EmulatedCustomerSetup
{
    /// <summary>The customer's id (<c>uniqueForeignId</c>), unique in the emulator.</summary>
    public required string Id { get; init; }

    /// <summary>The access level the admin enables, or null to connect without enabling anything. Default <see cref="AccessLevel.Company"/>.</summary>
    public AccessLevel? AccessLevel { get; init; } = LinkedInRsc.Customers.AccessLevel.Company;

    /// <summary>The child application's name; default <c>"Emulated ATS - {Id}"</c> (cut to 50 characters).</summary>
    public string? ApplicationName { get; init; }

    /// <summary>The organization to connect; generated when null.</summary>
    public OrganizationUrn? OrganizationUrn { get; init; }

    /// <summary>The contracts to connect; one generated contract when null or empty.</summary>
    public IReadOnlyList<ContractUrn>? ContractUrns { get; init; }

    /// <summary>
    /// A callback URL to configure (CALLBACK_URL of ONE_CLICK_EXPORT) before integrations are enabled, so the
    /// enablement push reaches it; null to leave it for the ATS to configure through the API.
    /// </summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>
    /// The redirect addresses registered for the child application's 3-legged OAuth (LinkedIn's
    /// <c>oauth2AuthorizedCallbackUrls</c>): the member sign-in accepts only a <c>redirect_uri</c> listed here. Empty by
    /// default, as a child application provisioned without them.
    /// </summary>
    public IReadOnlyList<Uri> OAuthCallbackUrls { get; init; } = [];
}
