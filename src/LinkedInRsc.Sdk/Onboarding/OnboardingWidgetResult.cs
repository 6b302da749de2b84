namespace LinkedInRsc.Onboarding;

/// <summary>What the onboarding widget's callback told us: the customer's organization and contracts.</summary>
/// <param name="Organization">The organization, when an organization-scoped integration was reported.</param>
/// <param name="Contracts">The contracts reported (distinct, in order of appearance).</param>
/// <param name="Integrations">Every integration entry as reported.</param>
public sealed record OnboardingWidgetResult(OrganizationUrn? Organization, IReadOnlyList<ContractUrn> Contracts, IReadOnlyList<OnboardingWidgetIntegration> Integrations);
