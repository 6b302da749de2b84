namespace LinkedInRsc.Testing.Resources.Jobs;

/// <summary>State of a job-posting task.</summary>
internal enum JobTaskStatus
{
    InProgress,
    Succeeded,
    Failed,
}
