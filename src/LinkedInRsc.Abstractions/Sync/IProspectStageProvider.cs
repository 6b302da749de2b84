namespace LinkedInRsc.Sync;

/// <summary>
/// Says which ATS records never moved past the Prospect stage. LinkedIn asks that candidate and application data
/// of such records is not synced: the sync engine skips them and reports them with <see cref="SyncReason.ProspectOnly"/>.
/// The SDK registers a default that goes by stage names (every stage called "Prospect"); register your own
/// implementation (before or after <c>AddLinkedInRsc</c>) to apply your ATS's own stage model. Implementations must
/// be safe for concurrent use and must not block: they are called for every record of every sync.
/// </summary>
public interface IProspectStageProvider
{
    /// <summary>Whether an application (with its stage history) never moved past the Prospect stage.</summary>
    /// <param name="application">The application with its stages, notes and interview feedback.</param>
    /// <returns><see langword="true"/> to skip the application and everything under it.</returns>
    bool IsProspectOnly(ApplicationRecord application);

    /// <summary>
    /// Whether a candidate is prospect-only: the candidate and everything of theirs is then skipped. The SDK's default
    /// says so when every application of the candidate is prospect-only, which includes a candidate with none.
    /// </summary>
    /// <param name="candidate">The candidate with notes and applications.</param>
    /// <returns><see langword="true"/> to skip the candidate and everything under it.</returns>
    bool IsProspectOnly(CandidateRecord candidate);
}
