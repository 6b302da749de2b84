namespace LinkedInRsc.Samples.Console;

/// <summary>The outcome of one flow.</summary>
/// <param name="Number">Its place in the run, from 1.</param>
/// <param name="Title">What it shows.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">Why it failed or was skipped; <see langword="null"/> when it passed.</param>
public sealed record FlowResult(int Number, string Title, FlowStatus Status, string? Detail);
