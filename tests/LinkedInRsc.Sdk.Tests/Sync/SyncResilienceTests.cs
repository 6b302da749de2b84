using System.Net;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// A long sync through the real pipeline rides out what LinkedIn's infrastructure does on a bad day: a burst of 5xx
/// that opens the circuit breaker, and success answers whose body is cut short. Nothing is lost, nothing is reported
/// rejected that LinkedIn stored.
/// </summary>
[TestFixture]
public sealed class SyncResilienceTests
{
    private const int CandidateCount = 1_000;
    private EmulatorHarness _h = null!;
    private SyncEngineFactory _engines = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        await _h.AddSdkCustomerAsync();
        _engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();

        // The applications name job J1: LinkedIn must hold it first.
        BatchResult<string> job = await _h.Client.Jobs.SubmitAsync([Job("J1")], JobPostingOperation.Create);
        IReadOnlyList<JobPostingTask> tasks = await _h.DriveAsync(() => _h.Client.Jobs.WaitForTasksAsync([job.Results[0].ResourceId!], TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)));
        Assert.That(tasks.Single().Status, Is.EqualTo(JobPostingTaskStatus.Succeeded));
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task SyncAsync_TwelvePercentOf5xx_RidesOutTheCircuitBreaker_AndSyncsEverything()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2", StatusCode = HttpStatusCode.ServiceUnavailable, Probability = 0.12, Seed = 12, Count = int.MaxValue });

        SyncReport report;
        try
        {
            report = await RunAsync();
        }
        finally
        {
            TestContext.Out.WriteLine($"12% 503: {_h.Emulator.Journal.Entries.Count(e => e.Fault is not null)} faulted of {_h.Emulator.Journal.Entries.Count} requests reaching the emulator");
        }

        TestContext.Out.WriteLine($"12% 503: {report.Totals}; {report.Requests} requests sent, {report.RateLimitWaits} waits");
        AssertExact(report);
    }

    [Test]
    public async Task SyncAsync_TruncatedSuccessAnswers_AreRetriedNotReportedRejected()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.TruncatedBody, Path = "/v2/atsCandidates", AfterProcessing = true, Probability = 0.2, Seed = 3, Count = int.MaxValue });

        SyncReport report = await RunAsync();

        TestContext.Out.WriteLine($"20% truncated 200s on candidates: {report.Issues.Count(i => i.Reason == SyncReason.Rejected)} reported rejected, " +
            $"{CandidateCount - _h.Synced.Candidates.Count} absent from the emulator; {report.Totals}");
        AssertExact(report);
    }

    [Test]
    public async Task SyncAsync_MalformedSuccessAnswersBeforeProcessing_AreRetriedAndLandOnce()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.MalformedBody, Path = "/v2/atsApplications", Probability = 0.2, Seed = 5, Count = int.MaxValue });

        SyncReport report = await RunAsync();

        TestContext.Out.WriteLine($"20% malformed 200s on applications: {report.Issues.Count} issues, " +
            $"{CandidateCount - _h.Synced.Applications.Count} applications absent from the emulator; {report.Totals}");
        AssertExact(report);
    }

    private void AssertExact(SyncReport report)
    {
        EmulatedSyncedData synced = _h.Synced;
        Assert.Multiple(() =>
        {
            Assert.That(report.Issues, Is.Empty, () => string.Join("; ", report.Issues.Take(5).Select(i => $"{i} {i.Key}: {i.Message}")));
            Assert.That(report.Totals.Synced, Is.EqualTo(3 * CandidateCount), "candidate, application and stage of each");
            Assert.That(synced.Candidates.Select(c => c.AtsCandidateId).Distinct().Count(), Is.EqualTo(CandidateCount));
            Assert.That(synced.Applications, Has.Count.EqualTo(CandidateCount));
            Assert.That(synced.Applications.Sum(a => a.StageCount), Is.EqualTo(CandidateCount));
        });
    }

    private Task<SyncReport> RunAsync()
    {
        ISyncEngine engine = _engines.Create(_h.Client, new SyncOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryAttempts = 8 });
        var request = new SyncRequest { SyncId = "historical", Candidates = SyncData.Stream(Enumerable.Range(0, CandidateCount).Select(Record)) };
        return _h.DriveAsync(() => engine.SyncAsync(request), _engines.LimiterFor(_h.Client));
    }

    private static CandidateRecord Record(int i)
    {
        string id = "C" + i;
        string app = "A" + i;
        return new CandidateRecord
        {
            Candidate = Candidate(id),
            Applications = [new ApplicationRecord { Application = Application(app, id, "J1"), Stages = [Stage(app, "S1")] }],
        };
    }
}
