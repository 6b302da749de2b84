namespace LinkedInRsc.Sync;

/// <summary>What a deletion removes from LinkedIn.</summary>
public enum DeletionKind
{
    /// <summary>A candidate (removed from the ATS, or a data-deletion request).</summary>
    Candidate = 0,

    /// <summary>An application; LinkedIn also deletes its stages, notes and interview feedback.</summary>
    Application = 1,
}
