namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>What one run of a <see cref="FlatMemoryRun"/> part cost.</summary>
/// <param name="Count">How many items the run handled (candidates synced, pushes processed, requests sent).</param>
/// <param name="PeakBytes">The highest managed heap sampled during the run, above the heap before it.</param>
/// <param name="RetainedBytes">The managed heap after the run and a full collection, above the heap before it.</param>
/// <param name="Requests">How many HTTP requests (or push deliveries) the run made.</param>
/// <param name="Elapsed">Wall time (for orientation only; the machine is shared).</param>
public readonly record struct FlatMemoryResult(int Count, long PeakBytes, long RetainedBytes, long Requests, TimeSpan Elapsed);
