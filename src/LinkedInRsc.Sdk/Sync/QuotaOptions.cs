namespace LinkedInRsc.Sync;

/// <summary>LinkedIn's quotas for one customer (child) application, which the client-side limiter keeps to.</summary>
public sealed class QuotaOptions
{
    /// <summary>Records per minute (LinkedIn: 10,000 for the sync resources).</summary>
    public int RecordsPerMinute { get; set; } = 10_000;

    /// <summary>Requests per UTC day (LinkedIn: 100,000 for the sync resources).</summary>
    public int RequestsPerDay { get; set; } = 100_000;

    /// <summary>
    /// The granularity of the records window; default one second. The limiter counts records over the minute plus one
    /// segment, so that no 60-second interval, however aligned, ever holds more than <see cref="RecordsPerMinute"/>
    /// records: the sustained rate is <see cref="RecordsPerMinute"/> × 60 / 61 with the default.
    /// </summary>
    public TimeSpan Segment { get; set; } = TimeSpan.FromSeconds(1);
}
