namespace LinkedInRsc.Sync;

/// <summary>
/// Keeps one customer application within LinkedIn's quotas: records per minute (a sliding window of one-segment
/// buckets) and requests per UTC day, clocked entirely by a <see cref="TimeProvider"/> (so a fake clock drives it in
/// tests). Waiters are served first come, first served. Share one instance between every sync of the same customer
/// application.
/// </summary>
/// <remarks>
/// Not built on <c>System.Threading.RateLimiting</c>: its replenishing limiters measure elapsed time with
/// <c>Stopwatch</c> even when replenished manually, so they cannot follow a <see cref="TimeProvider"/>.
/// </remarks>
public sealed class RscSyncRateLimiter : IDisposable
{
    private readonly object _gate = new();
    private readonly int[] _segments;
    private readonly LinkedList<Waiter> _queue = new();
    private readonly ITimer _segmentTimer;
    private readonly ITimer _dayTimer;
    private readonly int _requestsPerDay;
    private int _current;
    private int _inWindow;
    private int _requestsToday;
    private bool _disposed;
    private long _waits;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">The quotas; LinkedIn's defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quota is not positive, or the segment does not divide the minute.</exception>
    public RscSyncRateLimiter(RscQuotaOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= new RscQuotaOptions();
        timeProvider ??= TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RecordsPerMinute, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerDay, 1, nameof(options));
        if (options.Segment <= TimeSpan.Zero || TimeSpan.FromMinutes(1).Ticks % options.Segment.Ticks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Segment, "Segment must be positive and divide one minute evenly (e.g. 1 second).");
        }

        RecordsPerMinute = options.RecordsPerMinute;
        _requestsPerDay = options.RequestsPerDay;

        // One segment more than a minute: records taken in any 60 s span stay within the quota, whatever the
        // alignment of LinkedIn's minute windows.
        _segments = new int[(int)(TimeSpan.FromMinutes(1).Ticks / options.Segment.Ticks) + 1];
        _segmentTimer = timeProvider.CreateTimer(static s => ((RscSyncRateLimiter)s!).NextSegment(), this, options.Segment, options.Segment);
        DateTimeOffset now = timeProvider.GetUtcNow();
        TimeSpan untilMidnight = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        _dayTimer = timeProvider.CreateTimer(static s => ((RscSyncRateLimiter)s!).NextDay(), this, untilMidnight, TimeSpan.FromDays(1));
    }

    /// <summary>Raised after a caller joined the queue to wait for quota (a test seam: a fake clock is advanced then).</summary>
    internal event Action? Queued;

    /// <summary>How many callers wait for quota right now.</summary>
    internal int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>The records-per-minute quota.</summary>
    public int RecordsPerMinute { get; }

    /// <summary>How many times a caller had to wait for quota.</summary>
    public long Waits => Interlocked.Read(ref _waits);

    /// <summary>Waits until one request carrying <paramref name="records"/> records fits in both quotas, and takes it.</summary>
    /// <param name="records">The records the request carries (1 to the per-minute quota).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><see langword="true"/> when the caller had to wait.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More records than the per-minute quota.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The limiter was disposed.</exception>
    public async ValueTask<bool> AcquireAsync(int records, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records, RecordsPerMinute);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_queue.Count == 0 && Fits(records))
            {
                Take(records);
                return false;
            }

            waiter = new Waiter(records);
            waiter.Node = _queue.AddLast(waiter);
        }

        Queued?.Invoke();
        using (cancellationToken.Register(static s => ((RscSyncRateLimiter)((object[])s!)[0]).Cancel((Waiter)((object[])s!)[1]), new object[] { this, waiter }))
        {
            await waiter.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _waits);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (Waiter waiter in _queue)
            {
                waiter.Completion.TrySetException(new ObjectDisposedException(nameof(RscSyncRateLimiter)));
            }

            _queue.Clear();
        }

        _segmentTimer.Dispose();
        _dayTimer.Dispose();
    }

    private bool Fits(int records) => _inWindow + records <= RecordsPerMinute && _requestsToday < _requestsPerDay;

    private void Take(int records)
    {
        _segments[_current] += records;
        _inWindow += records;
        _requestsToday++;
    }

    private void NextSegment()
    {
        lock (_gate)
        {
            _current = (_current + 1) % _segments.Length;
            _inWindow -= _segments[_current];
            _segments[_current] = 0;
            Drain();
        }
    }

    private void NextDay()
    {
        lock (_gate)
        {
            _requestsToday = 0;
            Drain();
        }
    }

    private void Drain()
    {
        while (_queue.First is { } first && Fits(first.Value.Records))
        {
            _queue.RemoveFirst();
            first.Value.Node = null;
            Take(first.Value.Records);
            first.Value.Completion.TrySetResult();
        }
    }

    private void Cancel(Waiter waiter)
    {
        lock (_gate)
        {
            if (waiter.Node is { } node)
            {
                _queue.Remove(node);
                waiter.Node = null;
                Drain();
            }
        }
    }

    private sealed class Waiter(int records)
    {
        public int Records { get; } = records;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }
}
