using System.Globalization;
using LinkedInRsc.RecruiterActivity;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// Keeps recruiter-activity checkpoints in Redis, one string per customer, seat and stream holding the UTC ticks of
/// <see cref="RecruiterActivityCheckpoint.Through"/> (19 digits, so that Redis compares them as text). A save keeps the
/// later of the stored and the new value, atomically, so two instances polling the same seat never move it back.
/// </summary>
internal sealed class RedisRecruiterActivityCheckpointStore(IConnectionMultiplexer redis, RedisKeys keys, RedisAvailability availability) : IRecruiterActivityCheckpointStore
{
    private const string KeepLater = """
        local current = redis.call('GET', KEYS[1])
        if (not current) or current < ARGV[1] then
          redis.call('SET', KEYS[1], ARGV[1])
          return 1
        end
        return 0
        """;

    public async ValueTask<RecruiterActivityCheckpoint?> GetAsync(RecruiterActivityCheckpointKey key, CancellationToken cancellationToken = default)
    {
        RedisValue value = await availability.RunAsync(() => redis.GetDatabase().StringGetAsync(KeyOf(key)), "read a recruiter-activity checkpoint", cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : new RecruiterActivityCheckpoint(new DateTimeOffset(long.Parse((string)value!, CultureInfo.InvariantCulture), TimeSpan.Zero));
    }

    public async ValueTask SaveAsync(RecruiterActivityCheckpointKey key, RecruiterActivityCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        string ticks = checkpoint.Through.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        await availability.RunAsync(() => redis.GetDatabase().ScriptEvaluateAsync(KeepLater, [KeyOf(key)], [ticks]), "save a recruiter-activity checkpoint", cancellationToken).ConfigureAwait(false);
    }

    private RedisKey KeyOf(RecruiterActivityCheckpointKey key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key.CustomerId, nameof(key));
        return keys.Activity(key.CustomerId, key.Seat.Id, key.Kind.ToString());
    }
}
