namespace LinkedInRsc.Jobs;

/// <summary>
/// The asynchronous task LinkedIn creates for every job-posting write (<c>simpleJobPostingTasks</c>). Tasks live 30
/// days; LinkedIn advises checking no earlier than five minutes after the submission.
/// </summary>
public sealed record JobPostingTask
{
    /// <summary>The task id (returned by the write as <see cref="EntityResult{TKey}.ResourceId"/>).</summary>
    public required string TaskId { get; init; }

    /// <summary>The status.</summary>
    public required JobPostingTaskStatus Status { get; init; }

    /// <summary>The job the task is about, when LinkedIn says.</summary>
    public string? ExternalJobPostingId { get; init; }

    /// <summary>LinkedIn's error code, when the task failed or was processed with an error.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>LinkedIn's error message, when the task failed or was processed with an error.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Whether the task reached a final status (anything but <see cref="JobPostingTaskStatus.InProgress"/>).</summary>
    public bool IsFinal => Status != JobPostingTaskStatus.InProgress;

    /// <summary>Whether the task ended without an error.</summary>
    public bool IsSuccess => IsFinal && Status != JobPostingTaskStatus.Failed && ErrorCode is null && ErrorMessage is null;

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // LinkedIn's error message may quote the job: the code says what failed.
        builder.Append("TaskId = ").Append(TaskId)
            .Append(", Status = ").Append(Status.Value)
            .Append(", ExternalJobPostingId = ").Append(ExternalJobPostingId)
            .Append(", ErrorCode = ").Append(ErrorCode);
        return true;
    }
}
