using System.Globalization;
using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// A sliding-window <see cref="RateLimiter"/> whose count lives in Redis, so that every instance draws on one quota.
/// The window is <c>segments</c> segments of <c>segment</c> each, numbered from the Unix epoch on the SDK's
/// <see cref="TimeProvider"/>; one Redis hash per limit holds the permits taken in each live segment. One Lua script
/// drops the segments that left the window, and takes the permits when they fit (or says how many segments to wait).
/// </summary>
/// <remarks>
/// Callers of <see cref="RateLimiter.AcquireAsync"/> queue in this process, first come first served: the first in
/// line retries when the script says the window will have room, the others wait behind it; cancelling a wait removes
/// the caller. The statistics count a caller as queued while the window is full for it: while the first in line
/// waits for the window, it and everyone behind it; while it asks Redis, nobody (that answer may be yes). While Redis does not answer the limiter waits for it (it never lets a request go without quota).
/// Instances' clocks must agree within a segment: the window's extra segment absorbs that.
/// </remarks>
internal sealed class RedisWindowRateLimiter : RateLimiter
{
    private const string TakeScript = """
        local now = tonumber(ARGV[1])
        local n = tonumber(ARGV[2])
        local permits = tonumber(ARGV[3])
        local limit = tonumber(ARGV[4])
        local fields = redis.call('HGETALL', KEYS[1])
        local used = 0
        local live = {}
        for i = 1, #fields, 2 do
          local s = tonumber(fields[i])
          local c = tonumber(fields[i + 1])
          if s <= now - n then
            redis.call('HDEL', KEYS[1], fields[i])
          else
            used = used + c
            table.insert(live, { s, c })
          end
        end
        if used + permits <= limit then
          if permits > 0 then
            redis.call('HINCRBY', KEYS[1], ARGV[1], permits)
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
          end
          return { 1, limit - used - permits }
        end
        table.sort(live, function(a, b) return a[1] < b[1] end)
        local need = used + permits - limit
        local freed = 0
        for _, sc in ipairs(live) do
          freed = freed + sc[2]
          if freed >= need then return { 0, sc[1] + n - now } end
        end
        return { 0, n }
        """;

    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _key;
    private readonly int _limit;
    private readonly long _segmentMs;
    private readonly int _segments;
    private readonly TimeProvider _time;
    private readonly RedisAvailability _availability;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private long _behind;
    private int _waitingForWindow;
    private long _available;
    private long _granted;

    public RedisWindowRateLimiter(IConnectionMultiplexer redis, RedisKey key, int limit, TimeSpan segment, int segments, TimeProvider time, RedisAvailability availability)
    {
        _redis = redis;
        _key = key;
        _limit = limit;
        _segmentMs = (long)segment.TotalMilliseconds;
        _segments = segments;
        _time = time;
        _availability = availability;
        _available = limit;
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics GetStatistics() => new()
    {
        CurrentAvailablePermits = Interlocked.Read(ref _available),
        CurrentQueuedCount = Volatile.Read(ref _waitingForWindow) == 1 ? 1 + Interlocked.Read(ref _behind) : 0,
        TotalSuccessfulLeases = Interlocked.Read(ref _granted),
        TotalFailedLeases = 0,
    };

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Check(permitCount);
        if (_turn.CurrentCount == 0)
        {
            return Refused; // first come, first served: the queue goes first
        }

        try
        {
            (bool taken, _) = Parse(_redis.GetDatabase().ScriptEvaluate(TakeScript, [_key], Arguments(permitCount)));
            return taken ? Granted : Refused;
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            return Refused; // the waiting path waits for Redis
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Check(permitCount);
        Interlocked.Increment(ref _behind);
        try
        {
            await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _behind);
        }

        try
        {
            while (true)
            {
                (bool taken, long wait) = await _availability.RunAsync(
                        async () => Parse(await _redis.GetDatabase().ScriptEvaluateAsync(TakeScript, [_key], Arguments(permitCount)).ConfigureAwait(false)),
                        "take quota",
                        cancellationToken).ConfigureAwait(false);
                if (taken)
                {
                    return Granted;
                }

                Volatile.Write(ref _waitingForWindow, 1);
                try
                {
                    await Task.Delay(UntilSegment(wait), _time, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    Volatile.Write(ref _waitingForWindow, 0);
                }
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _turn.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check(int permitCount) => ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit, nameof(permitCount));

    private long SegmentNow() => _time.GetUtcNow().ToUnixTimeMilliseconds() / _segmentMs;

    /// <summary>The time from now to the start of the segment <paramref name="segments"/> after the current one.</summary>
    private TimeSpan UntilSegment(long segments)
    {
        long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
        long startMs = ((nowMs / _segmentMs) + Math.Max(1, segments)) * _segmentMs;
        return TimeSpan.FromMilliseconds(startMs - nowMs);
    }

    private RedisValue[] Arguments(int permitCount) =>
    [
        SegmentNow().ToString(CultureInfo.InvariantCulture),
        _segments,
        permitCount,
        _limit,
        (2 * _segments * _segmentMs).ToString(CultureInfo.InvariantCulture),
    ];

    private (bool Taken, long Value) Parse(RedisResult result)
    {
        var values = (RedisResult[])result!;
        bool taken = (long)values[0] == 1;
        if (taken)
        {
            Interlocked.Exchange(ref _available, (long)values[1]);
            Interlocked.Increment(ref _granted);
        }

        return (taken, (long)values[1]);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
