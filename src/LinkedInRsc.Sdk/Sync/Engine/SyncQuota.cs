namespace LinkedInRsc.Sync;

/// <summary>Takes quota for one request of a run before it is sent, and counts the request and any wait in the run's tally.</summary>
internal sealed class SyncQuota(SyncRateLimiter limiter, SyncTally tally)
{
    /// <summary>Waits until a request of <paramref name="records"/> records fits in the customer application's quotas.</summary>
    public async Task TakeAsync(SyncEntityKind kind, int records, CancellationToken cancellationToken)
    {
        if (await limiter.AcquireAsync(records, cancellationToken).ConfigureAwait(false))
        {
            tally.Wait("quota");
        }

        tally.Request(kind, records);
    }
}
