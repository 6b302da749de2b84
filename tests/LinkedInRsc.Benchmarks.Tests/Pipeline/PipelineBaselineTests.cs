using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Benchmarks.Pipeline;

namespace LinkedInRsc.Benchmarks.Tests.Pipeline;

/// <summary>Both sides of <see cref="PipelineBenchmarks"/> send one batch LinkedIn accepts and read the same outcomes.</summary>
[TestFixture]
public sealed class PipelineBaselineTests
{
    [Test]
    public async Task UpsertAsync_OneBatchEachSide_SameRequestShapeAndSameOutcomes()
    {
        using var benchmarks = new PipelineBenchmarks();
        await benchmarks.SetupAsync();
        try
        {
            int before = benchmarks.LinkedIn.Batches;
            long bytesBefore = benchmarks.LinkedIn.BodyBytes;
            BatchResult<string> sdk = await benchmarks.SdkUpsertAsync();
            long sdkBytes = benchmarks.LinkedIn.BodyBytes - bytesBefore;
            BodyOutcome[] baseline = await benchmarks.HandWrittenUpsertAsync();
            long baselineBytes = benchmarks.LinkedIn.BodyBytes - bytesBefore - sdkBytes;

            Assert.Multiple(() =>
            {
                // The handler answers 400 to anything but an authenticated, tunneled BATCH_UPDATE: each side sent one.
                Assert.That(benchmarks.LinkedIn.Batches - before, Is.EqualTo(2));
                Assert.That(sdk.Results.Select(r => r.IsSuccess), Is.EqualTo(baseline.Select(o => o.Succeeded)));
                Assert.That(sdk.GetFailures().Select(r => (int?)r.StatusCode), Is.EqualTo(baseline.Where(o => !o.Succeeded).Select(o => o.Status)));
                Assert.That(sdk.FailedCount, Is.EqualTo(4));

                // Same query and JSON; only the property order of the JSON and the multipart boundary's headers may differ.
                Assert.That(baselineBytes, Is.EqualTo(sdkBytes).Within(2).Percent);
            });
        }
        finally
        {
            await benchmarks.CleanupAsync();
        }
    }
}
