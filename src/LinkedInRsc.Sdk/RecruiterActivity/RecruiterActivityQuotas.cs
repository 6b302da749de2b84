using System.Collections.Concurrent;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// The client-side quotas of the recruiter-activity resources, shared by every client and poller of the process: one
/// limiter per customer application for the requests a day these resources share, and one per seat for LinkedIn's
/// per-member rate. Both are the sync engine's <see cref="SyncRateLimiter"/> (System.Threading.RateLimiting driven by
/// the <see cref="TimeProvider"/>), sized for these resources.
/// </summary>
internal sealed class RecruiterActivityQuotas(IOptions<RecruiterActivityOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SyncRateLimiter>> _applications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Application, SeatUrn Seat), Lazy<SyncRateLimiter>> _seats = new();
    private long _requests;
    private bool _disposed;

    /// <summary>Requests admitted since the process started.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Waits until one request of the customer (for <paramref name="seat"/>, when seat-scoped) fits, and takes it.</summary>
    public async ValueTask AcquireAsync(Customer customer, SeatUrn? seat, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        string application = customer.Credentials?.ClientId ?? customer.CustomerId;
        if (seat is { } s)
        {
            SyncRateLimiter perSeat = _seats.GetOrAdd((application, s), _ => new Lazy<SyncRateLimiter>(() => new SyncRateLimiter(
                new QuotaOptions { RecordsPerMinute = options.Value.RequestsPerSeatPerMinute, RequestsPerDay = int.MaxValue, Segment = TimeSpan.FromSeconds(5) },
                time))).Value;
            await perSeat.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }

        SyncRateLimiter daily = _applications.GetOrAdd(application, _ => new Lazy<SyncRateLimiter>(() => new SyncRateLimiter(
            new QuotaOptions { RecordsPerMinute = int.MaxValue, RequestsPerDay = options.Value.RequestsPerDay, Segment = TimeSpan.FromMinutes(1) },
            time))).Value;
        await daily.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _requests);
    }

    /// <summary>Requests of a seat waiting for its per-minute quota now.</summary>
    internal long QueuedFor(Customer customer, SeatUrn seat) =>
        _seats.TryGetValue((customer.Credentials?.ClientId ?? customer.CustomerId, seat), out Lazy<SyncRateLimiter>? limiter) && limiter.IsValueCreated
            ? limiter.Value.GetStatistics().QueuedRecords
            : 0;

    public void Dispose()
    {
        _disposed = true;
        foreach (Lazy<SyncRateLimiter> limiter in _applications.Values.Concat(_seats.Values))
        {
            if (limiter.IsValueCreated)
            {
                limiter.Value.Dispose();
            }
        }
    }
}
