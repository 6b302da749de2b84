namespace LinkedInRsc.Testing.Resources.Jobs;

/// <summary>Key of a synced job: the organization and the ATS's own job id.</summary>
internal sealed record JobKey(string IntegrationContext, string ExternalJobPostingId);
