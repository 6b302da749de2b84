using System.Globalization;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// Issue #14 item 5, a console mode of the benchmarks (<c>--flat-memory [--only sync|push|journal] [counts…]</c>), not
/// a BenchmarkDotNet job: runs each part (<see cref="SyncFlatMemory"/>, <see cref="PushFlatMemory"/>,
/// <see cref="JournalFlatMemory"/>) once per count and reports the peak managed heap of each run. Memory is flat when
/// the largest run's peak is at most <see cref="FlatRatio"/>× the smallest's.
/// </summary>
public static class FlatMemoryRun
{
    /// <summary>The largest ratio of peaks (largest run / smallest run) that counts as flat.</summary>
    public const double FlatRatio = 1.2;

    /// <summary>The parts, in the order run.</summary>
    internal static readonly IReadOnlyList<FlatMemoryPart> Parts =
    [
        new("sync", "candidates", SyncFlatMemory.MeasureAsync),
        new("push", "deliveries", PushFlatMemory.MeasureAsync),
        new("journal", "requests", JournalFlatMemory.MeasureAsync),
    ];

    /// <summary>Runs each part (or the one named) once per count, smallest first, and writes a table and the verdict per part.</summary>
    /// <param name="counts">The sizes.</param>
    /// <param name="only">The name of the one part to run, or <see langword="null"/> for all.</param>
    /// <param name="output">Where the tables go.</param>
    /// <param name="cancellationToken">Cancels the runs.</param>
    /// <returns>Whether every part's memory was flat.</returns>
    /// <exception cref="ArgumentException"><paramref name="only"/> names no part.</exception>
    public static async Task<bool> RunAsync(IReadOnlyList<int> counts, string? only, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        FlatMemoryPart[] parts = [.. Parts.Where(p => only is null || p.Name == only)];
        if (parts.Length == 0)
        {
            throw new ArgumentException($"No part named '{only}'; the parts are {string.Join(", ", Parts.Select(p => p.Name))}.", nameof(only));
        }

        bool flat = true;
        foreach (FlatMemoryPart part in parts)
        {
            await output.WriteLineAsync($"{part.Name}:").ConfigureAwait(false);
            await output.WriteLineAsync($"| {part.Unit} | requests | peak heap | retained | wall |").ConfigureAwait(false);
            await output.WriteLineAsync("|---:|---:|---:|---:|---:|").ConfigureAwait(false);
            var results = new List<FlatMemoryResult>();
            foreach (int count in counts.Order())
            {
                FlatMemoryResult result = await part.MeasureAsync(count, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {result.Count,9:N0} | {result.Requests,9:N0} | {result.PeakBytes / 1048576.0,8:F1} MB | {result.RetainedBytes / 1048576.0,8:F2} MB | {result.Elapsed.TotalSeconds,6:F1} s |")).ConfigureAwait(false);
            }

            if (results.Count > 1)
            {
                double ratio = (double)results[^1].PeakBytes / results[0].PeakBytes;
                flat &= ratio <= FlatRatio;
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{part.Name}: peak {results[^1].Count:N0} / {results[0].Count:N0} = {ratio:F2} (flat: <= {FlatRatio}) {(ratio <= FlatRatio ? "met" : "MISSED")}")).ConfigureAwait(false);
            }
        }

        return flat;
    }
}
