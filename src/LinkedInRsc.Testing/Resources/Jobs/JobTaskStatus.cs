namespace LinkedInRsc.Testing.Resources.Jobs;

/// <summary>State of a job-posting task (reference §4.1).</summary>
internal enum JobTaskStatus
{
    InProgress,
    Succeeded,
    Failed,
}
