namespace LinkedInRsc.Sync;

/// <summary>How the sync engine batches, paces, retries and filters.</summary>
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
    /// Decides whether an application never moved past the Prospect stage: such an application (with its stages,
    /// notes and feedback) is not synced and is reported as skipped with <see cref="SyncReason.ProspectOnly"/>.
    /// Default: <see cref="IsProspectOnlyByStageName"/>.
    /// </summary>
    public Func<ApplicationRecord, bool> IsProspectOnly { get; set; } = IsProspectOnlyByStageName;

    /// <summary>
    /// Decides whether a candidate is prospect-only: such a candidate and everything of theirs is not synced and is
    /// reported as skipped with <see cref="SyncReason.ProspectOnly"/>. Default: every application is prospect-only
    /// by <see cref="IsProspectOnly"/>, which includes a candidate with no application at all.
    /// </summary>
    public Func<CandidateRecord, bool>? IsProspectOnlyCandidate { get; set; }

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

    /// <summary>
    /// The default prospect rule: an application with no stage history, or whose every stage is named
    /// <c>"Prospect"</c> (ignoring case and surrounding white space), never moved past Prospect.
    /// </summary>
    /// <param name="application">The application with its stage history.</param>
    /// <returns>Whether it never moved past Prospect.</returns>
    public static bool IsProspectOnlyByStageName(ApplicationRecord application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (Applications.AtsApplicationStage stage in application.Stages)
        {
            if (!string.Equals(stage.Stage?.Trim(), "Prospect", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be between 1 and 100 (LinkedIn's limit per request).");
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "MaxConcurrency must be at least 1.");
        }

        if (MaxRetryAttempts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts must not be negative.");
        }

        if (RetryBaseDelay <= TimeSpan.Zero || RateLimitedRetryDelay <= TimeSpan.Zero || JobTaskPollInterval <= TimeSpan.Zero || JobTaskTimeout < TimeSpan.Zero)
        {
            throw new ArgumentException("RetryBaseDelay, RateLimitedRetryDelay and JobTaskPollInterval must be positive, JobTaskTimeout not negative.", nameof(SyncOptions));
        }

        if (IsProspectOnly is null)
        {
            throw new ArgumentException("IsProspectOnly must be set; use SyncOptions.IsProspectOnlyByStageName for the default rule.", nameof(SyncOptions));
        }
    }
}
