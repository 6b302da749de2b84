using LinkedInRsc.Jobs;

namespace LinkedInRsc.Sync;

/// <summary>A job and what to do with it.</summary>
/// <param name="Job">The complete job.</param>
/// <param name="Operation">Create (the default), update, renew or close.</param>
public sealed record JobRecord(AtsJobPosting Job, JobPostingOperation Operation = JobPostingOperation.Create);
