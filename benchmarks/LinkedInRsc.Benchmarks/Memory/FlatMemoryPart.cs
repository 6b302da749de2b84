namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>One loop whose memory <see cref="FlatMemoryRun"/> measures at several sizes.</summary>
/// <param name="Name">The name on the command line (<c>--only NAME</c>) and in the table.</param>
/// <param name="Unit">What the count counts.</param>
/// <param name="MeasureAsync">Runs the loop at a count and measures it (<see cref="PeakMemory.MeasureAsync"/>); throws when an item was lost.</param>
internal sealed record FlatMemoryPart(string Name, string Unit, Func<int, CancellationToken, Task<FlatMemoryResult>> MeasureAsync);
