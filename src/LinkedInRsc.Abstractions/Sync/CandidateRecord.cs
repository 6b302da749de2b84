using LinkedInRsc.Candidates;

namespace LinkedInRsc.Sync;

/// <summary>
/// A candidate with everything of theirs the sync sends: notes and applications (each with its stage history, notes
/// and interview feedback). Grouping them lets the engine send a candidate before their applications, and apply the
/// Prospect rule (a candidate who never moved past Prospect is not synced).
/// </summary>
public sealed record CandidateRecord
{
    /// <summary>The candidate.</summary>
    public required AtsCandidate Candidate { get; init; }

    /// <summary>The candidate's notes.</summary>
    public IReadOnlyList<AtsCandidateNote> Notes { get; init; } = [];

    /// <summary>The candidate's applications.</summary>
    public IReadOnlyList<ApplicationRecord> Applications { get; init; } = [];
}
