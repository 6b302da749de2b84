namespace LinkedInRsc.Exports;

/// <summary>What the export policy needs to know of the ATS job an export names.</summary>
public sealed record ExportJob
{
    /// <summary>The ATS's id of the job (its <c>externalJobPostingId</c> on LinkedIn).</summary>
    public required string AtsJobPostingId { get; init; }

    /// <summary>Whether the job is active (open for candidates).</summary>
    public required bool IsActive { get; init; }

    /// <summary>The names of the job's pipeline stages, in order.</summary>
    public required IReadOnlyList<string> Stages { get; init; }

    /// <summary>The job's hiring team.</summary>
    public required IReadOnlyList<HiringTeamMember> HiringTeam { get; init; }
}
