namespace LinkedInRsc.Samples.Ats;

/// <summary>A candidate's application to a job of the sample ATS, in one stage.</summary>
/// <param name="CandidateId">The candidate.</param>
/// <param name="JobId">The job.</param>
/// <param name="Stage">The stage the candidate is in.</param>
/// <param name="Source">Where the candidate came from.</param>
public sealed record SampleApplication(string CandidateId, string JobId, string Stage, string Source);
