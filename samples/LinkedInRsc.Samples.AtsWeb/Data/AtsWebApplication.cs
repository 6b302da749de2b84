namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>A candidate's application to a job, in one stage.</summary>
public sealed record AtsWebApplication(string CustomerId, string JobId, string CandidateId, string Stage, DateTimeOffset CreatedAt);
