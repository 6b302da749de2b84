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
/// A job creation is not an idempotent upsert: when LinkedIn processed a <c>simpleJobPostings</c> CREATE whose answer was
/// lost (a reset, a 504 or no answer after processing, or a crash of the ATS right after), or when an incremental sync
/// hands in a job that is already posted, LinkedIn refuses the CREATE as <c>JOB_ALREADY_EXISTS</c>. The engine must
/// then update the job instead, report it synced and send its applications — and never post it twice.
/// </summary>
[TestFixture]
public sealed class JobSubmissionTests
{
    private const int JobCount = 150;
    private EmulatorHarness _h = null!;
    private SyncEngineFactory _engines = null!;

    private static SyncOptions Options => new() { JobTaskPollInterval = TimeSpan.FromSeconds(1), RetryBaseDelay = TimeSpan.FromSeconds(1) };

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        await _h.AddSdkCustomerAsync();
        _engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [TestCase(EmulatorFaultKind.DropConnection, TestName = "SyncAsync_JobCreateProcessedThenConnectionReset_JobsPostedOnceAndApplicationsSent")]
    [TestCase(EmulatorFaultKind.Status, TestName = "SyncAsync_JobCreateProcessedThen504_JobsPostedOnceAndApplicationsSent")]
    [TestCase(EmulatorFaultKind.Timeout, TestName = "SyncAsync_JobCreateProcessedThenNoAnswer_JobsPostedOnceAndApplicationsSent")]
    public async Task SyncAsync_JobCreateAnswerLost_JobsPostedOnceAndApplicationsSent(EmulatorFaultKind kind)
    {
        _h.Emulator.Faults.Add(new EmulatorFault
        {
            Kind = kind,
            Path = "/v2/simpleJobPostings",
            StatusCode = HttpStatusCode.GatewayTimeout,
            AfterProcessing = true,
            Delay = TimeSpan.FromHours(1), // a Timeout holds longer than the SDK's attempt timeout
        });

        SyncReport report = await RunAsync("historical");

        TestContext.Out.WriteLine($"{kind} after the first job CREATE: {Figures(report)}");
        AssertEverythingSynced(report);
    }

    [Test]
    public async Task SyncAsync_CrashRightAfterJobCreateWasProcessed_ResumedRunPostsOnceAndSendsTheApplications()
    {
        using var kill = new CancellationTokenSource();
        _h.Hook.OnResponse = (request, _) =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/simpleJobPostings", StringComparison.Ordinal) && !kill.IsCancellationRequested)
            {
                kill.Cancel();
                throw new OperationCanceledException("The ATS process died right after LinkedIn processed the job creation.", kill.Token);
            }
        };
        Assert.That(async () => await RunAsync("historical", cancellationToken: kill.Token), Throws.InstanceOf<OperationCanceledException>());
        _h.Hook.OnResponse = null;

        SyncReport report = await RunAsync("historical");

        TestContext.Out.WriteLine($"crash right after the first job CREATE, then resumed: {Figures(report)}");
        AssertEverythingSynced(report);
    }

    [Test]
    public async Task SyncAsync_IncrementalSyncResendsPostedJobsWithTheDefaultOperation_JobsUpdatedAndApplicationsSent()
    {
        SyncReport historical = await RunAsync("historical");
        Assert.That(historical.Totals.Failed, Is.Zero, "the historical sync is clean");

        // The incremental sync hands in every job again (Create, the default) with changed titles, and new applications.
        SyncReport incremental = await RunAsync("incremental-1", title: "Senior engineer", applicationPrefix: "B");

        TestContext.Out.WriteLine($"incremental sync re-sending {JobCount} posted jobs: {Figures(incremental)}");
        AssertEverythingSynced(incremental);
        Assert.That(_h.Synced.Applications, Has.Count.EqualTo(2 * JobCount), "the new applications landed next to the old ones");
    }

    private static string Figures(SyncReport report) =>
        $"jobs failed {report.ByKind[SyncEntityKind.Job].Failed}/{JobCount}, applications failed {report.ByKind.GetValueOrDefault(SyncEntityKind.Application)?.Failed}/{JobCount}, " +
        $"records failed {report.Totals.Failed}/{report.Totals.Input}";

    private void AssertEverythingSynced(SyncReport report)
    {
        IReadOnlyList<EmulatedJobPosting> jobs = _h.Synced.Jobs;
        Assert.Multiple(() =>
        {
            Assert.That(report.Issues, Is.Empty, () => string.Join("; ", report.Issues.Take(5).Select(i => $"{i} {i.Key}: {i.Message}")));
            Assert.That(report.ByKind[SyncEntityKind.Job].Synced, Is.EqualTo(JobCount));
            Assert.That(report.ByKind[SyncEntityKind.Application].Synced, Is.EqualTo(JobCount));
            Assert.That(jobs, Has.Count.EqualTo(JobCount), "each job is posted once");
            Assert.That(jobs.Select(j => j.JobPostingUrn).Distinct().Count(), Is.EqualTo(JobCount));
            Assert.That(jobs.Select(j => j.State), Is.All.EqualTo(JobPostingState.Listed));
        });
    }

    private Task<SyncReport> RunAsync(string syncId, string? title = null, string applicationPrefix = "A", CancellationToken cancellationToken = default)
    {
        ISyncEngine engine = _engines.Create(_h.Client, Options);
        var request = new SyncRequest
        {
            SyncId = syncId,
            Jobs = SyncData.Stream(Enumerable.Range(0, JobCount).Select(i => new JobRecord(Job("J" + i, title)))),
            Candidates = SyncData.Stream(Enumerable.Range(0, JobCount).Select(i => Candidate(i, applicationPrefix))),
        };
        return _h.DriveAsync(() => engine.SyncAsync(request, cancellationToken: cancellationToken), _engines.LimiterFor(_h.Client));
    }

    private static CandidateRecord Candidate(int i, string applicationPrefix)
    {
        string id = "C" + i;
        string app = applicationPrefix + i;
        return new CandidateRecord
        {
            Candidate = AtsData.Candidate(id),
            Applications = [new ApplicationRecord { Application = Application(app, id, "J" + i), Stages = [Stage(app, "S1")] }],
        };
    }
}
