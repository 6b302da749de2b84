using System.Globalization;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// Exclusive claims with a lease, shared by the push de-duplication store and the sync lease. A claim is one string
/// <c>{token}|{expires}</c>, where <c>expires</c> is Unix milliseconds on the SDK's <see cref="TimeProvider"/>
/// (so a fake clock drives expiry in tests, and every instance judges it by the same rule); the key also carries a
/// Redis expiry of the lease's length, which cleans up claims nobody completes. <c>done</c> marks a finished claim.
/// Every change is one Lua script, atomic in Redis; completing, renewing or releasing checks the token first, so a
/// late call of an instance whose claim expired and was taken over changes nothing.
/// </summary>
internal sealed class RedisClaims(IConnectionMultiplexer redis)
{
    private const string ClaimScript = """
        local v = redis.call('GET', KEYS[1])
        if v then
          if v == 'done' then return 'done' end
          local sep = string.find(v, '|', 1, true)
          if tonumber(string.sub(v, sep + 1)) > tonumber(ARGV[2]) then return 'held' end
        end
        redis.call('SET', KEYS[1], ARGV[1] .. '|' .. (tonumber(ARGV[2]) + tonumber(ARGV[3])), 'PX', ARGV[3])
        return 'claimed'
        """;

    private const string ReplaceIfHeldScript = """
        local v = redis.call('GET', KEYS[1])
        if not v or v == 'done' then return 0 end
        local sep = string.find(v, '|', 1, true)
        if string.sub(v, 1, sep - 1) ~= ARGV[1] then return 0 end
        if ARGV[2] == 'renew' then
          redis.call('SET', KEYS[1], ARGV[1] .. '|' .. (tonumber(ARGV[3]) + tonumber(ARGV[4])), 'PX', ARGV[4])
        elseif ARGV[2] == 'done' then
          redis.call('SET', KEYS[1], 'done', 'PX', ARGV[4])
        else
          redis.call('DEL', KEYS[1])
        end
        return 1
        """;

    /// <summary>Takes the claim when it is free or expired at <paramref name="now"/>.</summary>
    /// <returns><c>claimed</c>, <c>held</c> (another token holds it) or <c>done</c>.</returns>
    public async Task<string> TryClaimAsync(RedisKey key, string token, DateTimeOffset now, TimeSpan lease) =>
        (string)(await redis.GetDatabase().ScriptEvaluateAsync(ClaimScript, [key], [token, Millis(now), Millis(lease)]).ConfigureAwait(false))!;

    /// <summary>Extends a claim the token still holds to <paramref name="now"/> + <paramref name="lease"/>.</summary>
    /// <returns>Whether the token still held it.</returns>
    public Task<bool> RenewAsync(RedisKey key, string token, DateTimeOffset now, TimeSpan lease) => ReplaceAsync(key, token, "renew", Millis(now), Millis(lease));

    /// <summary>Marks a claim the token holds done, remembered for <paramref name="retention"/> (Redis time).</summary>
    public Task<bool> CompleteAsync(RedisKey key, string token, TimeSpan retention) => ReplaceAsync(key, token, "done", "0", Millis(retention));

    /// <summary>Gives up a claim the token holds.</summary>
    public Task<bool> ReleaseAsync(RedisKey key, string token) => ReplaceAsync(key, token, "release", "0", "0");

    private async Task<bool> ReplaceAsync(RedisKey key, string token, string action, string now, string span) =>
        (int)await redis.GetDatabase().ScriptEvaluateAsync(ReplaceIfHeldScript, [key], [token, action, now, span]).ConfigureAwait(false) == 1;

    private static string Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string Millis(TimeSpan span) => Math.Max(1, (long)Math.Ceiling(span.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
}
