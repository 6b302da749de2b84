namespace LinkedInRsc.Sync;

/// <summary>
/// A prospect rule that skips nothing: for an engine whose candidates have no application yet and are still synced
/// (talent-pool candidates made from InMail stubs; candidates streamed alone in the flat-memory benchmark).
/// </summary>
internal sealed class NothingProspectOnly : IProspectStageProvider
{
    public static readonly NothingProspectOnly Instance = new();

    public bool IsProspectOnly(ApplicationRecord application) => false;

    public bool IsProspectOnly(CandidateRecord candidate) => false;
}
