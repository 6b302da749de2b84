using LinkedInRsc.Sync;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>A prospect rule that skips nothing: the flat-memory run streams candidates without applications.</summary>
internal sealed class CandidatesOnlyRule : IProspectStageProvider
{
    public bool IsProspectOnly(ApplicationRecord application) => false;

    public bool IsProspectOnly(CandidateRecord candidate) => false;
}
