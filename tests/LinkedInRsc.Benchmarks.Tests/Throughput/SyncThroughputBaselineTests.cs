using LinkedInRsc.Benchmarks.Throughput;

namespace LinkedInRsc.Benchmarks.Tests.Throughput;

/// <summary>Both sides of <see cref="SyncThroughputBenchmarks"/> send the same requests and sync the same records.</summary>
[TestFixture]
public sealed class SyncThroughputBaselineTests
{
    [Test]
    public async Task SyncAsync_250CandidatesWithApplications_BothSendTheSameBatchesAndSyncEveryRecord()
    {
        var benchmarks = new SyncThroughputBenchmarks { Candidates = 250 };
        await benchmarks.SetupAsync();
        try
        {
            benchmarks.Server.Reset();
            long sdkSynced = await benchmarks.SdkSyncAsync();
            IReadOnlyDictionary<string, ResourceTraffic> sdk = benchmarks.Server.Traffic();
            benchmarks.Server.Reset();
            long baselineSynced = await benchmarks.HandWrittenSyncAsync();
            IReadOnlyDictionary<string, ResourceTraffic> baseline = benchmarks.Server.Traffic();

            Assert.Multiple(() =>
            {
                Assert.That(sdkSynced, Is.EqualTo(500), "SDK: every candidate and application synced");
                Assert.That(baselineSynced, Is.EqualTo(500), "baseline: every candidate and application synced");

                // Three batches of 100, 100 and 50 of each resource, the same on both sides, and nothing else.
                Assert.That(sdk.Keys, Is.EquivalentTo(new[] { "BATCH_UPDATE /v2/atsCandidates", "BATCH_UPDATE /v2/atsApplications" }));
                Assert.That(baseline.Keys, Is.EquivalentTo(sdk.Keys));
                foreach ((string resource, ResourceTraffic traffic) in sdk)
                {
                    Assert.That(traffic.Requests, Is.EqualTo(3), resource);
                    Assert.That(traffic.Keys, Is.EqualTo(250), resource);
                    Assert.That(baseline[resource].Requests, Is.EqualTo(traffic.Requests), resource);
                    Assert.That(baseline[resource].Keys, Is.EqualTo(traffic.Keys), resource);

                    // Same query and JSON; only the JSON's property order and the multipart headers may differ.
                    Assert.That(baseline[resource].BodyBytes, Is.EqualTo(traffic.BodyBytes).Within(2).Percent, resource);
                }
            });
        }
        finally
        {
            await benchmarks.CleanupAsync();
        }
    }
}
