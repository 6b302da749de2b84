using System.Net;
using Polly;
using Polly.Retry;

namespace LinkedInRsc.Sync;

/// <summary>
/// When and how long the engine waits before sending the still-pending records of a batch again: exponential
/// backoff from <see cref="SyncOptions.RetryBaseDelay"/>, except that LinkedIn's <c>Retry-After</c> wins and a 429
/// without one waits <see cref="SyncOptions.RateLimitedRetryDelay"/>. Every retry after a 429 counts as a rate-limit wait.
/// </summary>
internal static class SyncRetryPolicy
{
    public static ResiliencePipeline<SendAttempt> Create(SyncOptions options, TimeProvider time, SyncTally tally)
    {
        if (options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline<SendAttempt>.Empty;
        }

        return new ResiliencePipelineBuilder<SendAttempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<SendAttempt>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && args.Outcome.Result.Pending > 0),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.RetryBaseDelay,
                DelayGenerator = args => ValueTask.FromResult(DelayFor(args.Outcome.Result, options)),
                OnRetry = args =>
                {
                    if (args.Outcome.Result.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        tally.Wait("429");
                    }

                    return default;
                },
            })
            .Build();
    }

    /// <summary>The delay LinkedIn asked for, or the quota window after a 429; <see langword="null"/> = the exponential backoff.</summary>
    internal static TimeSpan? DelayFor(SendAttempt attempt, SyncOptions options) =>
        attempt.RetryAfter ?? (attempt.StatusCode == HttpStatusCode.TooManyRequests ? options.RateLimitedRetryDelay : null);
}
