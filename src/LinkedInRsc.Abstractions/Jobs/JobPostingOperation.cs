namespace LinkedInRsc.Jobs;

/// <summary>What a job-posting write does (<c>jobPostingOperationType</c>).</summary>
public enum JobPostingOperation
{
    /// <summary>Posts a new job (<c>CREATE</c>).</summary>
    Create = 0,

    /// <summary>Replaces a posted job with the full new version (<c>UPDATE</c>).</summary>
    Update = 1,

    /// <summary>Renews a posted job (<c>RENEW</c>).</summary>
    Renew = 2,

    /// <summary>Closes a posted job (<c>CLOSE</c>).</summary>
    Close = 3,
}
