using LinkedInRsc.Integrations;

namespace LinkedInRsc.Onboarding;

/// <summary>What an onboarding run did.</summary>
public sealed record OnboardingReport
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Every step, in order.</summary>
    public required IReadOnlyList<OnboardingStep> Steps { get; init; }

    /// <summary>The customer's status after the run, when it could be read.</summary>
    public CustomerStatus? Status { get; init; }

    /// <summary>Whether every step succeeded or was already done.</summary>
    public bool Completed => Steps.All(s => s.Outcome is OnboardingStepOutcome.Succeeded or OnboardingStepOutcome.AlreadyDone);
}
