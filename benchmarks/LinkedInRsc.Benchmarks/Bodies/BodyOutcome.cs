namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>What both sides read for one key of a batch response: whether it succeeded, and its status.</summary>
/// <param name="Succeeded">Whether LinkedIn accepted the entity.</param>
/// <param name="Status">The key's HTTP status, when given.</param>
public readonly record struct BodyOutcome(bool Succeeded, int? Status);
