using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// The lease of one running customer sync: taken before the run, renewed every third of its length on the SDK's
/// clock, given up when the run ends. When a renewal finds the lease gone (it expired and another instance took it)
/// or cannot reach Redis past the lease's expiry, <see cref="Lost"/> is cancelled, which cancels the run.
/// </summary>
internal sealed class RedisSyncLease : IAsyncDisposable
{
    private readonly RedisClaims _claims;
    private readonly RedisKey _key;
    private readonly string _token;
    private readonly TimeSpan _length;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly ITimer _renewal;
    private DateTimeOffset _expires;
    private int _renewing;

    private RedisSyncLease(RedisClaims claims, RedisKey key, string token, TimeSpan length, TimeProvider time, ILogger logger)
    {
        _claims = claims;
        _key = key;
        _token = token;
        _length = length;
        _time = time;
        _logger = logger;
        _expires = time.GetUtcNow() + length;
        _renewal = time.CreateTimer(static s => _ = ((RedisSyncLease)s!).RenewAsync(), this, length / 3, length / 3);
    }

    /// <summary>Cancelled when the lease is lost.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Takes the lease, or returns <see langword="null"/> while another instance holds it.</summary>
    public static async Task<RedisSyncLease?> TryTakeAsync(RedisClaims claims, RedisKey key, TimeSpan length, TimeProvider time, ILogger logger)
    {
        string token = Guid.NewGuid().ToString("N");
        string outcome = await claims.TryClaimAsync(key, token, time.GetUtcNow(), length).ConfigureAwait(false);
        return outcome == "claimed" ? new RedisSyncLease(claims, key, token, length, time, logger) : null;
    }

    public async ValueTask DisposeAsync()
    {
        await _renewal.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _claims.ReleaseAsync(_key, _token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            // Redis is away: the lease expires by itself.
            RedisLog.LeaseNotReleased(_logger, e.GetType().Name);
        }

        _lost.Dispose();
    }

    private async Task RenewAsync()
    {
        if (Interlocked.Exchange(ref _renewing, 1) == 1)
        {
            return;
        }

        try
        {
            DateTimeOffset now = _time.GetUtcNow();
            if (await _claims.RenewAsync(_key, _token, now, _length).ConfigureAwait(false))
            {
                _expires = now + _length;
                return;
            }

            RedisLog.LeaseLost(_logger, "taken over by another instance");
            await LoseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or ObjectDisposedException)
        {
            if (_time.GetUtcNow() >= _expires)
            {
                RedisLog.LeaseLost(_logger, "expired while Redis was unreachable: " + e.GetType().Name);
                await LoseAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _renewing, 0);
        }
    }

    private async Task LoseAsync()
    {
        try
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // The run ended while the renewal was on its way.
        }
    }
}
