namespace LinkedInRsc.Sync;

/// <summary>The kinds of record a sync run sends.</summary>
public enum SyncEntityKind
{
    /// <summary>A job posting.</summary>
    Job = 0,

    /// <summary>A candidate.</summary>
    Candidate = 1,

    /// <summary>A candidate note.</summary>
    CandidateNote = 2,

    /// <summary>An application.</summary>
    Application = 3,

    /// <summary>An application stage record.</summary>
    ApplicationStage = 4,

    /// <summary>An application note.</summary>
    ApplicationNote = 5,

    /// <summary>Interview feedback.</summary>
    InterviewFeedback = 6,

    /// <summary>A candidate deletion.</summary>
    CandidateDeletion = 7,

    /// <summary>An application deletion.</summary>
    ApplicationDeletion = 8,
}
