using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// The hosted service <c>AddRecruiterActivity</c> registers: a recruiter-activity round over every contract-level
/// customer every <see cref="RecruiterActivityOptions.Interval"/> (default 2 hours), timed by the registered
/// <see cref="TimeProvider"/>. Rounds start an interval apart; a round that fails as a whole is logged and the next
/// one runs on time.
/// </summary>
internal sealed class RecruiterActivityService(
    RecruiterActivityPoller poller,
    IOptions<RecruiterActivityOptions> options,
    TimeProvider time,
    ILogger<RecruiterActivityService>? logger = null) : BackgroundService
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval = options.Value.Interval;
        DateTimeOffset next = time.GetUtcNow() + (options.Value.RunOnStart ? TimeSpan.Zero : interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }

            next += interval;
            try
            {
                await poller.PollAllAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                RecruiterActivityLog.RoundFailed(_logger, ex, next);
            }

            // A round longer than the interval: start the next one now rather than queue up missed ones.
            DateTimeOffset now = time.GetUtcNow();
            if (next < now)
            {
                next = now;
            }
        }
    }
}
