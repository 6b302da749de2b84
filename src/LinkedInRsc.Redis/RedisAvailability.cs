using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// Runs a Redis call again, after <see cref="RedisOptions.UnavailableRetryDelay"/> on the SDK's clock, for as long as
/// Redis does not answer (a connection or time-out failure), until it succeeds or the caller cancels. Other failures
/// (a script error, a disposed connection) are not retried.
/// </summary>
internal sealed class RedisAvailability(TimeProvider time, TimeSpan retryDelay, ILogger logger)
{
    private long _unavailable;

    /// <summary>How many calls found Redis unavailable (and were retried).</summary>
    public long Unavailable => Interlocked.Read(ref _unavailable);

    public async Task<T> RunAsync<T>(Func<Task<T>> call, string what, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
            {
                Interlocked.Increment(ref _unavailable);
                RedisLog.Unavailable(logger, what, e.GetType().Name, retryDelay);
                await Task.Delay(retryDelay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task RunAsync(Func<Task> call, string what, CancellationToken cancellationToken) =>
        RunAsync(
            async () =>
            {
                await call().ConfigureAwait(false);
                return true;
            },
            what,
            cancellationToken);
}
