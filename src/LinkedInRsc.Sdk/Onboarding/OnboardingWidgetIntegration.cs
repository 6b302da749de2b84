using LinkedInRsc.Integrations;

namespace LinkedInRsc.Onboarding;

/// <summary>One integration the onboarding widget reported in its callback.</summary>
/// <param name="IntegrationContext">The organization or contract URN, as sent.</param>
/// <param name="IntegrationType">The integration type, when sent.</param>
/// <param name="OnboardingStatus">The status as sent (for example <c>REQUESTED</c>), when sent.</param>
public sealed record OnboardingWidgetIntegration(string IntegrationContext, IntegrationType? IntegrationType, string? OnboardingStatus);
