namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>What one streamed sync of <see cref="FlatMemoryRun"/> cost.</summary>
/// <param name="Candidates">How many candidates were streamed and synced.</param>
/// <param name="PeakBytes">The highest managed heap sampled during the sync, above the heap before it.</param>
/// <param name="RetainedBytes">The managed heap after the sync and a full collection, above the heap before it.</param>
/// <param name="Requests">How many requests the engine sent.</param>
/// <param name="Elapsed">Wall time (for orientation only; the machine is shared).</param>
public readonly record struct FlatMemoryResult(int Candidates, long PeakBytes, long RetainedBytes, long Requests, TimeSpan Elapsed);
