namespace LinkedInRsc.Onboarding;

/// <summary>One step of the onboarding workflow and how it went.</summary>
/// <param name="Name">The step.</param>
/// <param name="Outcome">How it went.</param>
/// <param name="Detail">What happened, or why it failed; free of secrets.</param>
public sealed record OnboardingStep(string Name, OnboardingStepOutcome Outcome, string? Detail = null);
