using LinkedInRsc.Samples.Console;
using LinkedInRsc.Testing;
using Microsoft.Extensions.Configuration;

namespace LinkedInRsc.Samples.Tests;

/// <summary>The console sample, run in-process against its embedded emulator, as the README's first command runs it.</summary>
public sealed class ConsoleSampleTests
{
    [Test]
    public async Task RunAsync_EmbeddedEmulator_EveryFlowPassesAndTheLastLineCountsThem()
    {
        using var output = new StringWriter();

        SampleOutcome outcome = await SampleRun.RunAsync(new SampleSettings(), output);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        TestContext.Out.WriteLine(output.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Flows.Where(f => f.Status != FlowStatus.Passed).Select(f => $"{f.Number}. {f.Title}: {f.Status} {f.Detail}"), Is.Empty);
            Assert.That(outcome.Flows, Has.Count.EqualTo(11));
            Assert.That(lines[^1], Is.EqualTo("flows: 11 passed, 0 failed"));
            Assert.That(outcome.ExitCode, Is.Zero);
            Assert.That(lines, Has.Some.Contains("/").And.Contains("records"), "the historical sync draws a progress bar");
        });
    }

    [Test]
    public async Task RunAsync_AFlowFails_TheRunGoesOnAndExitsNonZeroNamingIt()
    {
        using var output = new StringWriter();
        ISampleFlow[] flows = [new ScriptedFlow("first", null), new ScriptedFlow("second", "the ATS lost a candidate."), new ScriptedFlow("third", null)];

        SampleOutcome outcome = await SampleRun.RunAsync(new SampleSettings(), output, flows);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Flows.Select(f => f.Status), Is.EqualTo(new[] { FlowStatus.Passed, FlowStatus.Failed, FlowStatus.Passed }));
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(lines, Does.Contain("failed: 2. second: the ATS lost a candidate."));
            Assert.That(lines[^1], Is.EqualTo("flows: 2 passed, 1 failed"));
        });
    }

    [Test]
    public async Task MainAsync_BaseUrlOfAStandaloneEmulatorOnLoopback_EveryFlowRunsAndPasses()
    {
        // A standalone emulator as tools/LinkedInRsc.Emulator starts it with --allow-http-callbacks: listening on a
        // loopback port, on real time, pushing over the network to the sample's loopback callback listener.
        await using LinkedInRscEmulator emulator = await LinkedInRscEmulator.StartAsync(new EmulatorOptions { AllowHttpLoopbackCallbackUrls = true });
        using var output = new StringWriter();

        int exitCode = await SampleRun.MainAsync(["--base-url", emulator.BaseAddress.AbsoluteUri], output);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        TestContext.Out.WriteLine(output.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.StartsWith("skipped: "));
            Assert.That(lines, Has.None.StartsWith("failed: "));
            Assert.That(lines[^1], Is.EqualTo("flows: 11 passed, 0 failed"));
            Assert.That(exitCode, Is.Zero);
            Assert.That(lines, Has.Some.Contains("The poller runs now"), "on real time the narration says the poll runs at once");
        });
        Assert.That(emulator.Pushes.All.Where(p => p.State != EmulatorPushState.Delivered).Select(p => $"{p.EventType} {p.State}"), Is.Empty, "every push reached the loopback listener");
        Assert.That(emulator.Pushes.All.Select(p => p.CallbackUrl!.Host).Distinct(), Is.EqualTo(new[] { "127.0.0.1" }));
    }

    [Test]
    public async Task RunAsync_LinkedInTarget_ReportsEveryScriptedFlowAsSkippedWithItsReason()
    {
        using var output = new StringWriter();

        SampleOutcome outcome = await SampleRun.RunAsync(new SampleSettings { BaseUrl = new Uri("https://api.linkedin.com/"), Target = SampleTarget.LinkedIn, ClientId = "x", ClientSecret = "y" }, output);

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Skipped, Is.EqualTo(11));
            Assert.That(lines.Count(l => l.StartsWith("skipped: ", StringComparison.Ordinal) && l.Contains("only an emulator", StringComparison.Ordinal)), Is.EqualTo(11), "each skip is reported with its reason");
            Assert.That(lines[^1], Is.EqualTo("flows: 0 passed, 0 failed"));
        });
    }

    [Test]
    public void FromConfiguration_BaseUrlOfAStandaloneEmulator_UsesItsTokenEndpointAndDefaultPartner()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sample:BaseUrl"] = "http://127.0.0.1:5080/" })
            .Build();

        SampleSettings settings = SampleSettings.FromConfiguration(configuration);

        Assert.That((settings.Target, settings.TokenEndpoint, settings.ClientId), Is.EqualTo((SampleTarget.StandaloneEmulator, new Uri("http://127.0.0.1:5080/oauth/v2/accessToken"), "emulator-partner")));
    }

    [Test]
    public void FromConfiguration_LinkedInBaseUrlWithoutCredentials_LeavesThemUnset()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sample:BaseUrl"] = "https://api.linkedin.com/" })
            .Build();

        SampleSettings settings = SampleSettings.FromConfiguration(configuration);

        Assert.That((settings.Target, settings.ClientId, settings.ClientSecret, settings.TokenEndpoint), Is.EqualTo((SampleTarget.LinkedIn, (string?)null, (string?)null, (Uri?)null)));
    }
}
