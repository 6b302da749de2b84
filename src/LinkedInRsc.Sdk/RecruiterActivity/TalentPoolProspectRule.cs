using LinkedInRsc.Sync;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// The prospect rule of a talent-pool sync-back: a candidate made from an InMail stub has no application yet and is
/// still synced, so that LinkedIn shows the member as in the ATS.
/// </summary>
internal sealed class TalentPoolProspectRule : IProspectStageProvider
{
    public static readonly TalentPoolProspectRule Instance = new();

    public bool IsProspectOnly(ApplicationRecord application) => false;

    public bool IsProspectOnly(CandidateRecord candidate) => false;
}
