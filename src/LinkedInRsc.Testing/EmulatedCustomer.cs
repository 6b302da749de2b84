using LinkedInRsc.Authentication;
using LinkedInRsc.Integrations;

namespace LinkedInRsc.Testing;

/// <summary>
/// A customer of the ATS as the emulator sees it: its provisioned (child) application's credentials, the
/// organization and contracts its LinkedIn admin connected, and its integrations. Returned by
/// <see cref="LinkedInRscEmulator.AddCustomerAsync(string, AccessLevel, CancellationToken)"/> and
/// <see cref="LinkedInRscEmulator.GetCustomer(string)"/>; a snapshot, not live.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the client secret.</remarks>
public sealed record EmulatedCustomer
{
    /// <summary>The partner's id for the customer (<c>uniqueForeignId</c> of the child application).</summary>
    public required string Id { get; init; }

    /// <summary>The child application's name.</summary>
    public required string ApplicationName { get; init; }

    /// <summary>The child application's URN, <c>urn:li:developerApplication:{id}</c>.</summary>
    public required string ApplicationUrn { get; init; }

    /// <summary>The child application's credentials: use them for every call made for this customer.</summary>
    public required ClientCredentials Credentials { get; init; }

    /// <summary>The organization the admin connected, or null before the admin connects.</summary>
    public OrganizationUrn? OrganizationUrn { get; init; }

    /// <summary>The Recruiter contracts the admin connected.</summary>
    public IReadOnlyList<ContractUrn> ContractUrns { get; init; } = [];

    /// <summary>The first contract, or null without contracts.</summary>
    public ContractUrn? ContractUrn => ContractUrns.Count > 0 ? ContractUrns[0] : null;

    /// <summary>The access level enabled: <see cref="AccessLevel.Contract"/> when <c>CSA_API</c> is enabled on a contract, <see cref="AccessLevel.Company"/> when only company-level integrations are, null when none is.</summary>
    public AccessLevel? AccessLevel { get; init; }

    /// <summary>
    /// The customer's integrations as LinkedIn reports them (type, integration context, name, status, last change): the
    /// three company-level ones on the organization and one <c>CSA_API</c> per contract, once the admin connected.
    /// </summary>
    public IReadOnlyList<Integration> Integrations { get; init; } = [];

    /// <summary>The callback URL configured for pushes, if any.</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>The redirect addresses registered for the child application's 3-legged OAuth (<c>oauth2AuthorizedCallbackUrls</c>).</summary>
    public IReadOnlyList<Uri> OAuthCallbackUrls { get; init; } = [];

    /// <summary>
    /// The customer as the SDK's <see cref="ICustomerDirectory"/> holds it: the child application's credentials and URN,
    /// the organization, each contract with the access level enabled on it (<see cref="AccessLevel.Contract"/> where
    /// <c>CSA_API</c> is enabled on that contract, else <see cref="AccessLevel.Company"/> where a company-level
    /// integration is enabled on the organization, else <see cref="AccessLevel.None"/>) and the callback URL.
    /// </summary>
    /// <returns>A new <see cref="Customer"/>.</returns>
    public Customer ToCustomer()
    {
        bool companyEnabled = Integrations.Any(i => i.IsEnabled && i.Type != IntegrationType.CsaApi
            && string.Equals(i.IntegrationContext, OrganizationUrn?.ToString(), StringComparison.Ordinal));
        return new Customer
        {
            CustomerId = Id,
            Credentials = Credentials,
            ApplicationUrn = ApplicationUrn,
            Organization = OrganizationUrn,
            Contracts = [.. ContractUrns.Select(contract => new RecruiterContract(contract, LevelOn(contract, companyEnabled)))],
            CallbackUrl = CallbackUrl,
        };
    }

    /// <summary>Shows ids and URNs only; the secret is redacted by <see cref="ClientCredentials.ToString"/>.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() =>
        $"EmulatedCustomer {{ Id = {Id}, ApplicationUrn = {ApplicationUrn}, Credentials = {Credentials}, OrganizationUrn = {OrganizationUrn}, Contracts = [{string.Join(", ", ContractUrns)}], AccessLevel = {AccessLevel} }}";

    private LinkedInRsc.Customers.AccessLevel LevelOn(ContractUrn contract, bool companyEnabled) =>
        Integrations.Any(i => i.IsEnabled && i.Type == IntegrationType.CsaApi && string.Equals(i.IntegrationContext, contract.ToString(), StringComparison.Ordinal))
            ? LinkedInRsc.Customers.AccessLevel.Contract
            : companyEnabled ? LinkedInRsc.Customers.AccessLevel.Company : LinkedInRsc.Customers.AccessLevel.None;
}
