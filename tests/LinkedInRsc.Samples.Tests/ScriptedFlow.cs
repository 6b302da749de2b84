using LinkedInRsc.Samples.Console;

namespace LinkedInRsc.Samples.Tests;

/// <summary>A flow whose outcome the test chooses: it passes, or fails a check with <paramref name="failure"/>.</summary>
internal sealed class ScriptedFlow(string title, string? failure) : ISampleFlow
{
    public string Title => title;

    public FlowNeeds Needs => FlowNeeds.None;

    public Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        SampleCheckException.Expect(failure is null, failure ?? string.Empty);
        return Task.CompletedTask;
    }
}
