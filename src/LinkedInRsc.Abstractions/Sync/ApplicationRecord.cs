using LinkedInRsc.Applications;

namespace LinkedInRsc.Sync;

/// <summary>An application with its stage history, notes and interview feedback.</summary>
public sealed record ApplicationRecord
{
    /// <summary>The application.</summary>
    public required AtsApplication Application { get; init; }

    /// <summary>Every stage the application entered, oldest first.</summary>
    public IReadOnlyList<AtsApplicationStage> Stages { get; init; } = [];

    /// <summary>The application's notes.</summary>
    public IReadOnlyList<AtsApplicationNote> Notes { get; init; } = [];

    /// <summary>The application's interview feedback.</summary>
    public IReadOnlyList<AtsInterviewFeedback> InterviewFeedback { get; init; } = [];
}
