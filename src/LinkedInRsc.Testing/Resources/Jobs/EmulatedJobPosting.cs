namespace LinkedInRsc.Testing;

/// <summary>A job as LinkedIn holds it after its creation task succeeded.</summary>
/// <param name="ExternalJobPostingId">The ATS's job id.</param>
/// <param name="JobPostingUrn">LinkedIn's job posting URN.</param>
/// <param name="State">LISTED or CLOSED.</param>
/// <param name="Availability">PUBLIC or PRIVATE_TO_ATS_INTEGRATION.</param>
public sealed record EmulatedJobPosting(string ExternalJobPostingId, string JobPostingUrn, string State, string Availability);
