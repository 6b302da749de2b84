namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>A note a recruiter took on a member in LinkedIn Recruiter, as the ATS stored it (latest version).</summary>
public sealed record AtsNote(string Id, SeatUrn? Owner, PersonUrn? Member, string? Text, DateTimeOffset LastModifiedAt);
