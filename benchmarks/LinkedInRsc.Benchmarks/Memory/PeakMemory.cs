using System.Diagnostics;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>Measures the managed heap of one run: the peak above the heap before it, and what it left behind.</summary>
internal static class PeakMemory
{
    /// <summary>Runs <paramref name="run"/> with a <see cref="PeakMemorySampler"/>, after a full collection.</summary>
    /// <param name="count">How many items the run handles.</param>
    /// <param name="run">The run; returns how many requests it made.</param>
    /// <returns>What it cost.</returns>
    public static async Task<FlatMemoryResult> MeasureAsync(int count, Func<Task<long>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        long requests;
        long peak;
        using (var sampler = new PeakMemorySampler())
        {
            requests = await run().ConfigureAwait(false);
            peak = sampler.Peak;
        }

        clock.Stop();
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        return new FlatMemoryResult(count, peak - before, retained, requests, clock.Elapsed);
    }
}
