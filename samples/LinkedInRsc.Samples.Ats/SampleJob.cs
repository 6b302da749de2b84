using LinkedInRsc.Exports;

namespace LinkedInRsc.Samples.Ats;

/// <summary>A job of the sample ATS: its pipeline stages and hiring team.</summary>
public sealed record SampleJob
{
    /// <summary>The ATS's job id (LinkedIn's external job posting id).</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public string Title { get; init; } = "Engineer";

    /// <summary>Whether the job is open.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>The pipeline stages, in order.</summary>
    public IReadOnlyList<string> Stages { get; init; } = ["Prospect", "Phone Screen", "Onsite", "Offer", "Hired"];

    /// <summary>Who works on the job (who may export members to it).</summary>
    public IReadOnlyList<HiringTeamMember> HiringTeam { get; init; } = [];

    /// <summary>What the SDK's export policy needs to know of the job.</summary>
    /// <returns>The job as <see cref="ExportPolicy.Check"/> takes it.</returns>
    public ExportJob ToExportJob() => new() { AtsJobPostingId = Id, IsActive = IsActive, Stages = Stages, HiringTeam = HiringTeam };
}
