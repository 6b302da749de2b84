namespace LinkedInRsc.Samples.Console;

/// <summary>The outcome of a run: one result per flow, in order.</summary>
/// <param name="Flows">The flows.</param>
public sealed record SampleOutcome(IReadOnlyList<FlowResult> Flows)
{
    /// <summary>How many flows passed.</summary>
    public int Passed => Flows.Count(f => f.Status == FlowStatus.Passed);

    /// <summary>How many flows failed.</summary>
    public int Failed => Flows.Count(f => f.Status == FlowStatus.Failed);

    /// <summary>How many flows were skipped for the target.</summary>
    public int Skipped => Flows.Count(f => f.Status == FlowStatus.Skipped);

    /// <summary>The last line the sample prints.</summary>
    public string SummaryLine => $"flows: {Passed} passed, {Failed} failed";

    /// <summary>The process exit code: 0 when no flow failed.</summary>
    public int ExitCode => Failed == 0 ? 0 : 1;
}
