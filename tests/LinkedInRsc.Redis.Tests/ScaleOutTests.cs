using System.Net;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Redis.Tests.FleetData;

namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// The scenarios against a real Redis: two SDK instances (two service providers, each with its own Redis
/// connection) against one emulator, on one fake clock that moves only while the instances wait.
/// </summary>
[TestFixture]
public sealed class ScaleOutTests
{
    private const int EmulatorRecordsPerMinute = 3_000;
    private const int SdkRecordsPerMinute = 2_950;

    private EmulatorHarness _h = null!;
    private string _prefix = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync(o => o.Quotas.RecordsPerMinute = EmulatorRecordsPerMinute);
        await _h.AddSdkCustomerAsync();
        await PostJobsAsync(_h);
        _h.Emulator.Journal.Clear();
        _prefix = SharedRedis.UniquePrefix();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task TwoInstances_SyncDifferentSlicesOfOneCustomer_StayWithinTheSharedQuotaAndFillIt()
    {
        await using FleetHost a = await FleetHost.StartAsync(_h, SharedRedis.Server, _prefix, q => q.RecordsPerMinute = SdkRecordsPerMinute);
        await using FleetHost b = await FleetHost.StartAsync(_h, SharedRedis.Server, _prefix, q => q.RecordsPerMinute = SdkRecordsPerMinute);
        List<CandidateRecord> sliceA = CandidateRecords(0, 3_000);
        List<CandidateRecord> sliceB = CandidateRecords(3_000, 3_000);

        SyncReport[] reports = await FakeClockDriver.RunAsync(
            _h.Time,
            (() => a.CreateEngine().SyncAsync(new SyncRequest { SyncId = "slice-a", Candidates = Stream(sliceA) }), () => a.WaitsForQuota),
            (() => b.CreateEngine().SyncAsync(new SyncRequest { SyncId = "slice-b", Candidates = Stream(sliceB) }), () => b.WaitsForQuota));

        long synced = reports.Sum(r => r.Totals.Synced);
        TimeSpan elapsed = reports.Max(r => r.CompletedAt) - reports.Min(r => r.StartedAt);
        double perMinute = synced / elapsed.TotalMinutes;
        string figures = $"two instances: {synced} records in {elapsed} on the clock = {perMinute:F0} records/minute; waits {reports[0].RateLimitWaits} + {reports[1].RateLimitWaits}";
        TestContext.Out.WriteLine(figures);
        await File.WriteAllTextAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "redis-two-instances.txt"), figures);
        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(r => r.Totals.Synced), Is.EqualTo(new long[] { 3_000 * RecordsPerCandidate, 3_000 * RecordsPerCandidate }), "every record of each slice synced");
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == HttpStatusCode.TooManyRequests), Is.Zero, "together they stay within the quota");
            Assert.That(reports.Min(r => r.CompletedAt), Is.GreaterThan(reports.Max(r => r.StartedAt)), "the two slices ran at the same time");
            Assert.That(reports.All(r => r.RateLimitWaits > 0), Is.True, "both instances waited for the shared quota");
            Assert.That(perMinute, Is.GreaterThanOrEqualTo(0.95 * EmulatorRecordsPerMinute), "together they use at least 95% of LinkedIn's quota");
        });
        AssertEmulatorHoldsExactly(_h, sliceA.Concat(sliceB));
    }

    [Test]
    public async Task InstanceKilledMidSync_AnotherTakesTheLeaseOverAfterExpiry_AndResumesFromTheSharedCheckpoint()
    {
        TimeSpan lease = TimeSpan.FromMinutes(2);
        await using FleetHost a = await FleetHost.StartAsync(_h, SharedRedis.Server, _prefix, q => q.RecordsPerMinute = SdkRecordsPerMinute, redisOptions: o => o.SyncLease = lease);
        await using FleetHost b = await FleetHost.StartAsync(_h, SharedRedis.Server, _prefix, q => q.RecordsPerMinute = SdkRecordsPerMinute, redisOptions: o => o.SyncLease = lease);
        List<CandidateRecord> input = CandidateRecords(0, 1_500);
        var request = new SyncRequest { SyncId = "historical", Candidates = Stream(input) };
        using var kill = new CancellationTokenSource();
        int reported = 0;
        var progress = new Reports(_ =>
        {
            if (Interlocked.Increment(ref reported) == 3)
            {
                a.CutRedisAsync().GetAwaiter().GetResult(); // the instance dies: no lease release, no more checkpoints
                kill.Cancel();
            }
        });

        await FakeClockDriver.RunAsync(_h.Time, (async () =>
        {
            Exception? died = null;
            try
            {
                await a.CreateEngine().SyncAsync(request, progress, kill.Token);
            }
            catch (Exception e)
            {
                died = e;
            }

            return died;
        }, () => a.WaitsForQuota));
        int partial = _h.Synced.Candidates.Count;

        Assert.That(
            async () => await b.CreateEngine().SyncAsync(new SyncRequest { SyncId = "historical", Candidates = Stream(input) }),
            Throws.InstanceOf<SyncLeaseHeldException>().With.Property(nameof(SyncLeaseHeldException.SyncId)).EqualTo("historical"),
            "while the dead instance's lease has not expired, nobody else runs the sync");
        int requestsBefore = _h.Emulator.Journal.Entries.Count;
        _h.Time.Advance(lease);

        SyncReport[] resumed = await FakeClockDriver.RunAsync(_h.Time, (() => b.CreateEngine().SyncAsync(new SyncRequest { SyncId = "historical", Candidates = Stream(input) }), () => b.WaitsForQuota));
        SyncReport report = resumed[0];

        TestContext.Out.WriteLine($"killed with {partial} candidates on the emulator; resumed: {report.Totals}, {report.CoveredByCheckpoint} covered by the checkpoint");
        Assert.Multiple(() =>
        {
            Assert.That(partial, Is.GreaterThan(0).And.LessThan(input.Count), "the first instance was cut short mid-sync");
            Assert.That(report.Resumed, Is.True, "the second instance resumed the shared checkpoint");
            Assert.That(report.CoveredByCheckpoint, Is.GreaterThan(0), "what the first instance had acknowledged was not sent again");
            Assert.That(report.Totals.Synced + report.Totals.Failed + report.Totals.Skipped, Is.EqualTo(input.Count * RecordsPerCandidate), "every input record is accounted for");
            Assert.That(report.Totals.Failed, Is.Zero);
            Assert.That(report.Totals.Skipped, Is.LessThanOrEqualTo(report.CoveredByCheckpoint), "nothing is skipped but what the checkpoint covers (reported as synced once checkpoints carry outcomes)");
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == HttpStatusCode.TooManyRequests), Is.Zero);
            Assert.That(_h.Emulator.Journal.Entries.Count, Is.GreaterThan(requestsBefore));
        });
        AssertEmulatorHoldsExactly(_h, input);
        Assert.That(await b.Services.GetRequiredService<ISyncCheckpointStore>().GetAsync("acme", "historical"), Is.Null, "the completed sync's checkpoint is gone");
    }
}
