namespace LinkedInRsc.Onboarding;

/// <summary>The outcome of one onboarding step.</summary>
public enum OnboardingStepOutcome
{
    /// <summary>Done in this run.</summary>
    Succeeded,

    /// <summary>Already in the wanted state; nothing was sent.</summary>
    AlreadyDone,

    /// <summary>Waits for the customer (its admin has not connected LinkedIn yet); re-run later.</summary>
    Waiting,

    /// <summary>Failed; the later steps did not run. Fix the cause and re-run: the workflow is idempotent.</summary>
    Failed,

    /// <summary>Not run because an earlier step failed or waits.</summary>
    NotRun,
}
