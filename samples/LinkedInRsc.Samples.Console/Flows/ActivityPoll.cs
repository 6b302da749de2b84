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
        RecruiterActivityPoller poller = context.Env.Services.GetRequiredService<RecruiterActivityPoller>();
        RecruiterActivityReport report = await poller.PollAsync(customerId, cancellationToken: cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[{customerId}] Two hours later the poller runs: {report.Seats} seats, {string.Join(", ", report.ByKind.Select(k => $"{k.Key} {k.Value.Delivered}"))} delivered, {report.Issues.Count} issue(s).");
        SampleCheckException.Expect(report.IsComplete, $"{customerId}: the poll round was not complete: {string.Join("; ", report.Issues)}");
        return report;
    }
}
