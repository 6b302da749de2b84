namespace LinkedInRsc.Sync;

/// <summary>
/// How the sync engine batches, paces and retries; bound from <c>LinkedInRsc:Sync</c> by
/// <c>AddLinkedInRsc(configuration)</c> and validated when the host starts. Which records are prospect-only is a
/// service, <see cref="IProspectStageProvider"/>.
/// </summary>
public sealed class SyncOptions
{
    /// <summary>The most records per request LinkedIn accepts.</summary>
    public const int MaxBatchSize = 100;

    /// <summary>Records per request, 1–100 (default 100).</summary>
    public int BatchSize { get; set; } = MaxBatchSize;

    /// <summary>Requests sent at once for records under candidates and applications (notes, stages, feedback); default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How many times a transient failure (429, 5xx, timeout) is retried before the record is reported failed; default 5.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first delay of the exponential backoff between retries of a transient failure; default 2 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long to wait before retrying after LinkedIn answered 429 anyway without a <c>Retry-After</c> header (with
    /// one, its delay is used); default one minute (the quota window).
    /// </summary>
    public TimeSpan RateLimitedRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether to follow job-posting tasks to their final status and report failed ones; default <see langword="true"/>.
    /// The engine follows them after the job stream and before any candidate or application, so applications are sent
    /// only once their job is posted; the applications of a job LinkedIn refused are reported failed with
    /// <see cref="SyncReason.ParentNotSynced"/>.
    /// </summary>
    public bool FollowJobTasks { get; set; } = true;

    /// <summary>
    /// How long to wait before each look at the job-posting tasks; default five minutes, as LinkedIn advises checking no
    /// earlier than five minutes after submitting.
    /// </summary>
    public TimeSpan JobTaskPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to follow job-posting tasks before reporting unfinished ones failed; default 30 minutes.</summary>
    public TimeSpan JobTaskTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
