using LinkedInRsc.Exports;

namespace LinkedInRsc.Tests.Support.SampleAts;

/// <summary>A job of the sample ATS: its pipeline stages and hiring team.</summary>
public sealed record SampleAtsJob
{
    public required string Id { get; init; }

    public string Title { get; init; } = "Engineer";

    public bool IsActive { get; init; } = true;

    public IReadOnlyList<string> Stages { get; init; } = ["Prospect", "Phone Screen", "Onsite", "Offer", "Hired"];

    public IReadOnlyList<HiringTeamMember> HiringTeam { get; init; } = [];

    /// <summary>What the SDK's export policy needs to know of the job.</summary>
    public ExportJob ToExportJob() => new() { AtsJobPostingId = Id, IsActive = IsActive, Stages = Stages, HiringTeam = HiringTeam };
}
