using LinkedInRsc.Authentication;

namespace LinkedInRsc.Testing;

/// <summary>
/// A customer of the ATS as the emulator sees it: its provisioned (child) application's credentials, and the
/// organization and contracts its LinkedIn admin connected. Returned by <see cref="LinkedInRscEmulator.AddCustomerAsync(string, AccessLevel, CancellationToken)"/>
/// and <see cref="LinkedInRscEmulator.GetCustomer(string)"/>; a snapshot, not live.
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

    /// <summary>The organization URN, <c>urn:li:organization:{id}</c>, or null before the admin connects.</summary>
    public string? OrganizationUrn { get; init; }

    /// <summary>The Recruiter contract URNs, <c>urn:li:contract:{id}</c>, the admin connected.</summary>
    public IReadOnlyList<string> ContractUrns { get; init; } = [];

    /// <summary>The first contract URN, or null without contracts.</summary>
    public string? ContractUrn => ContractUrns.Count > 0 ? ContractUrns[0] : null;

    /// <summary>The access level enabled: <see cref="AccessLevel.Contract"/> when <c>CSA_API</c> is enabled on a contract, <see cref="AccessLevel.Company"/> when only company-level integrations are, null when none is.</summary>
    public AccessLevel? AccessLevel { get; init; }

    /// <summary>The callback URL configured for pushes, if any.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>Shows ids and URNs only; the secret is redacted by <see cref="ClientCredentials.ToString"/>.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() =>
        $"EmulatedCustomer {{ Id = {Id}, ApplicationUrn = {ApplicationUrn}, Credentials = {Credentials}, OrganizationUrn = {OrganizationUrn}, Contracts = [{string.Join(", ", ContractUrns)}], AccessLevel = {AccessLevel} }}";
}
