namespace LinkedInRsc.Samples.Console;

/// <summary>One flow of the sample: a small story told with the SDK, checked as it goes.</summary>
internal interface ISampleFlow
{
    /// <summary>What the flow shows, in a few words.</summary>
    string Title { get; }

    /// <summary>What it needs from the target.</summary>
    FlowNeeds Needs { get; }

    /// <summary>Runs the flow; throws <see cref="SampleCheckException"/> when a step does not do what it says.</summary>
    Task RunAsync(SampleContext context, CancellationToken cancellationToken);
}
