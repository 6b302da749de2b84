namespace LinkedInRsc.Sync;

/// <summary>
/// The default <see cref="IProspectStageProvider"/>: an application with no stage history, or whose every stage is
/// named <c>"Prospect"</c> (ignoring case and surrounding white space), never moved past Prospect; a candidate is
/// prospect-only when every application is (including a candidate with no application at all).
/// </summary>
public sealed class ProspectStageNameProvider : IProspectStageProvider
{
    /// <summary>The shared instance.</summary>
    public static ProspectStageNameProvider Instance { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public bool IsProspectOnly(ApplicationRecord application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (Applications.AtsApplicationStage stage in application.Stages)
        {
            if (!string.Equals(stage.Stage?.Trim(), "Prospect", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    public bool IsProspectOnly(CandidateRecord candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        foreach (ApplicationRecord application in candidate.Applications)
        {
            if (!IsProspectOnly(application))
            {
                return false;
            }
        }

        return true;
    }
}
