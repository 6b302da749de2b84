using LinkedInRsc.RecruiterActivity;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// One round of the recruiter-activity poller for a customer, "two hours later": the shared clock moves (the hosted
/// service would wait <see cref="RecruiterActivityOptions.Interval"/>), then the poller hands what is new to the ATS.
/// </summary>
internal static class ActivityPoll
{
    public static async Task<RecruiterActivityReport> RunAsync(SampleContext context, string customerId, CancellationToken cancellationToken)
    {
        context.Env.Advance(TimeSpan.FromHours(2));
        await AfterThisMillisecondAsync(context.Env).ConfigureAwait(false);
        string when = context.Env.MovesClock ? "Two hours later the poller runs" : "The poller runs now (on real time the hosted service would wait its interval; the sample does not)";
        RecruiterActivityPoller poller = context.Env.Services.GetRequiredService<RecruiterActivityPoller>();
        RecruiterActivityReport report = await poller.PollAsync(customerId, cancellationToken: cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[{customerId}] {when}: {report.Seats} seats, {string.Join(", ", report.ByKind.Select(k => $"{k.Key} {k.Value.Delivered}"))} delivered, {report.Issues.Count} issue(s).");
        SampleCheckException.Expect(report.IsComplete, $"{customerId}: the poll round was not complete: {string.Join("; ", report.Issues)}");
        return report;
    }

    /// <summary>
    /// The poller reads each seat's activity in [checkpoint, now) to the millisecond, so what LinkedIn recorded in the
    /// very millisecond a round starts belongs to the next round. On real time the LinkedIn actions the flow just
    /// awaited can share that millisecond; the round starts once the clock has left it (at most a millisecond later),
    /// so it sees them. A moved clock is hours past them already.
    /// </summary>
    private static async Task AfterThisMillisecondAsync(SampleEnvironment env)
    {
        long mark = env.Time.GetUtcNow().ToUnixTimeMilliseconds();
        while (!env.MovesClock && env.Time.GetUtcNow().ToUnixTimeMilliseconds() <= mark)
        {
            await Task.Yield();
        }
    }
}
