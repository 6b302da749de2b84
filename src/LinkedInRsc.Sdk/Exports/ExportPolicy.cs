namespace LinkedInRsc.Exports;

/// <summary>
/// The checks a host makes before placing a 1-click export: the job exists, is active, has a Prospect stage, and the
/// exporting recruiter is a recruiter or hiring manager of that job. Each refusal has its own reason.
/// </summary>
public static class ExportPolicy
{
    /// <summary>The name of the stage exported members are placed in.</summary>
    public const string ProspectStage = "Prospect";

    /// <summary>Checks an export against the job it names.</summary>
    /// <param name="export">The export.</param>
    /// <param name="job">The ATS job with the export's <see cref="ExportedCandidate.AtsJobPostingId"/>, or null when the ATS has none.</param>
    /// <param name="prospectStage">The name of the stage to place in (compared ignoring case; default "Prospect").</param>
    /// <returns>Null when the export may be placed; otherwise why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    public static ExportRefusal? Check(ExportedCandidate export, ExportJob? job, string prospectStage = ProspectStage)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentException.ThrowIfNullOrWhiteSpace(prospectStage);
        if (job is null || !string.Equals(job.AtsJobPostingId, export.AtsJobPostingId, StringComparison.Ordinal))
        {
            return new ExportRefusal(ExportRefusalReason.JobNotFound, export.AtsJobPostingId is null
                ? $"Export '{export.RequestId}' names no job."
                : $"Export '{export.RequestId}' names job '{export.AtsJobPostingId}', which the ATS does not have.");
        }

        if (!job.IsActive)
        {
            return new ExportRefusal(ExportRefusalReason.JobNotActive, $"Job '{job.AtsJobPostingId}' is not active; exports go to active jobs only.");
        }

        if (!job.Stages.Any(s => string.Equals(s?.Trim(), prospectStage, StringComparison.OrdinalIgnoreCase)))
        {
            return new ExportRefusal(ExportRefusalReason.NoProspectStage, $"Job '{job.AtsJobPostingId}' has no '{prospectStage}' stage to place the exported member in.");
        }

        bool onTeam = job.HiringTeam.Any(m => m.Role is HiringTeamRole.Recruiter or HiringTeamRole.HiringManager
            && ((m.Seat is { } seat && export.ExporterSeat == seat) || (m.Member is { } member && export.ExporterMember == member)));
        if (!onTeam)
        {
            return new ExportRefusal(ExportRefusalReason.ExporterNotOnHiringTeam, export.ExporterSeat is null && export.ExporterMember is null
                ? $"Export '{export.RequestId}' does not say who exported; only a recruiter or hiring manager of job '{job.AtsJobPostingId}' may."
                : $"The exporter of '{export.RequestId}' is not a recruiter or hiring manager of job '{job.AtsJobPostingId}'.");
        }

        return null;
    }
}
