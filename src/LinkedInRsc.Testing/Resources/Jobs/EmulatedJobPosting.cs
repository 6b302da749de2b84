using LinkedInRsc.Jobs;

namespace LinkedInRsc.Testing;

/// <summary>A job as LinkedIn holds it after its creation task succeeded.</summary>
/// <param name="ExternalJobPostingId">The ATS's job id.</param>
/// <param name="JobPostingUrn">LinkedIn's job posting URN.</param>
/// <param name="State">Listed or closed.</param>
/// <param name="Availability">Public, or private to the ATS integration.</param>
public sealed record EmulatedJobPosting(string ExternalJobPostingId, string JobPostingUrn, JobPostingState State, JobPostingAvailability Availability);
