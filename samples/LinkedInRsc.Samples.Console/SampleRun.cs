using LinkedInRsc.Samples.Console.Flows;

namespace LinkedInRsc.Samples.Console;

/// <summary>Runs every flow in order, narrating each, and ends with <c>flows: N passed, N failed</c>.</summary>
public static class SampleRun
{
    /// <summary>The flows, in the order an ATS meets them.</summary>
    internal static IReadOnlyList<ISampleFlow> Flows { get; } =
    [
        new OnboardingFlow(),
        new EnablementFlow(),
        new UserConnectionFlow(),
        new HistoricalSyncFlow(),
        new MatchingFlow(),
        new ExportFlow(),
        new InMailHistoryFlow(),
        new NotesHistoryFlow(),
        new StubProfilesFlow(),
        new PurgedProfilesFlow(),
        new DataDeletionFlow(),
    ];

    /// <summary>The console entry point: settings from the command line, environment and user secrets.</summary>
    /// <param name="args">The command line (<c>--base-url</c>, <c>--target</c>, <c>--token-endpoint</c>, <c>--client-id</c>).</param>
    /// <param name="output">Where the narration goes.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code: 0 when no flow failed.</returns>
    public static async Task<int> MainAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        SampleOutcome outcome = await RunAsync(SampleSettings.FromCommandLine(args), output, cancellationToken).ConfigureAwait(false);
        return outcome.ExitCode;
    }

    /// <summary>Runs every flow against the target of <paramref name="settings"/>.</summary>
    /// <param name="settings">Where to run.</param>
    /// <param name="output">Where the narration goes.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One result per flow.</returns>
    public static Task<SampleOutcome> RunAsync(SampleSettings settings, TextWriter output, CancellationToken cancellationToken = default) =>
        RunAsync(settings, output, Flows, cancellationToken);

    internal static async Task<SampleOutcome> RunAsync(SampleSettings settings, TextWriter output, IReadOnlyList<ISampleFlow> flows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var narrator = new Narrator(output);
        await using SampleEnvironment environment = await SampleEnvironment.StartAsync(settings, cancellationToken).ConfigureAwait(false);
        narrator.Line(environment.LinkedInSide is { } linkedIn
            ? $"LinkedIn is played by {linkedIn.Description}."
            : $"Running against {settings.Target} at {settings.BaseUrl}: flows that script LinkedIn's side need an emulator and are skipped.");
        var context = new SampleContext(environment, narrator);
        var results = new List<FlowResult>();
        foreach ((ISampleFlow flow, int index) in flows.Select((f, i) => (f, i + 1)))
        {
            narrator.Heading(index, flow.Title);
            FlowResult result = await RunFlowAsync(flow, index, context, cancellationToken).ConfigureAwait(false);
            narrator.Outcome(result);
            results.Add(result);
        }

        var outcome = new SampleOutcome(results);
        narrator.Line(string.Empty);
        foreach (FlowResult skipped in results.Where(r => r.Status == FlowStatus.Skipped))
        {
            narrator.Line($"skipped: {skipped.Number}. {skipped.Title} ({skipped.Detail})");
        }

        foreach (FlowResult failed in results.Where(r => r.Status == FlowStatus.Failed))
        {
            narrator.Line($"failed: {failed.Number}. {failed.Title}: {failed.Detail}");
        }

        narrator.Line(outcome.SummaryLine);
        return outcome;
    }

    private static async Task<FlowResult> RunFlowAsync(ISampleFlow flow, int index, SampleContext context, CancellationToken cancellationToken)
    {
        if (flow.Needs.HasFlag(FlowNeeds.ScriptedLinkedIn) && context.Env.LinkedInSide is null)
        {
            return new FlowResult(index, flow.Title, FlowStatus.Skipped, "it scripts LinkedIn's side (an admin, a recruiter, a member), which only an emulator lets a program do");
        }

        try
        {
            await flow.RunAsync(context, cancellationToken).ConfigureAwait(false);
            return new FlowResult(index, flow.Title, FlowStatus.Passed, null);
        }
        catch (SampleCheckException ex)
        {
            return new FlowResult(index, flow.Title, FlowStatus.Failed, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new FlowResult(index, flow.Title, FlowStatus.Failed, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
