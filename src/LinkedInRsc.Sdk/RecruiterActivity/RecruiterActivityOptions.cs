namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// How the recruiter-activity client and poller read LinkedIn: the polling interval of the hosted service, how far
/// back a seat's first round reads, the window of one read, page size and the client-side quotas. Validated when the
/// host starts (when registered with <c>AddRecruiterActivity</c>).
/// </summary>
public sealed class RecruiterActivityOptions
{
    /// <summary>The most LinkedIn answers per page of these finders.</summary>
    public const int MaxPageSize = 100;

    /// <summary>How often the hosted service runs a round over every contract-level customer; default 2 hours.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Whether the hosted service runs its first round as soon as it starts (else after one <see cref="Interval"/>); default true.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>How far back the first round of a seat (one without a checkpoint) reads; default 7 days.</summary>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The window of one read and of one checkpoint step, at most 12 hours (the widest LinkedIn answers); default 12
    /// hours. A smaller window re-delivers less after a crash, at the cost of more requests.
    /// </summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Elements per page (1 to 100); default 50.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// Requests a day per customer application that seats, InMail history, prospect notes and stub profiles share
    /// (LinkedIn: 100,000, reset at midnight UTC).
    /// </summary>
    public int RequestsPerDay { get; set; } = 100_000;

    /// <summary>
    /// Requests a minute for one seat's InMail history, notes or stubs. LinkedIn limits each member to 12 records a
    /// minute on these APIs; the SDK keeps to it per seat, counting each request as one record (the most a request can
    /// be charged before its answer is known). Default 12.
    /// </summary>
    public int RequestsPerSeatPerMinute { get; set; } = 12;

    internal IEnumerable<string> Problems()
    {
        if (Interval <= TimeSpan.Zero)
        {
            yield return "RecruiterActivity Interval must be positive (default 2 hours).";
        }

        if (InitialLookback <= TimeSpan.Zero)
        {
            yield return "RecruiterActivity InitialLookback must be positive (default 7 days).";
        }

        if (Window <= TimeSpan.Zero || Window > TimeSpan.FromHours(12) || Window.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            yield return "RecruiterActivity Window must be between 1 millisecond and 12 hours, in whole milliseconds (LinkedIn answers at most 12 hours per call).";
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            yield return "RecruiterActivity PageSize must be between 1 and 100.";
        }

        if (RequestsPerDay < 1)
        {
            yield return "RecruiterActivity RequestsPerDay must be at least 1 (LinkedIn: 100,000).";
        }

        if (RequestsPerSeatPerMinute < 1)
        {
            yield return "RecruiterActivity RequestsPerSeatPerMinute must be at least 1 (LinkedIn: 12).";
        }
    }
}
