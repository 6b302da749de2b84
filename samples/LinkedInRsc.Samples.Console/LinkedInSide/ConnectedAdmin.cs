namespace LinkedInRsc.Samples.Console;

/// <summary>What the onboarding widget connected: the customer's organization and the contracts its admin has a seat on.</summary>
/// <param name="OrganizationUrn">The organization.</param>
/// <param name="ContractUrns">The contracts, in LinkedIn's order.</param>
internal sealed record ConnectedAdmin(OrganizationUrn OrganizationUrn, IReadOnlyList<ContractUrn> ContractUrns);
