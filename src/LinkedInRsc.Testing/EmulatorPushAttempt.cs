using System.Net;

namespace LinkedInRsc.Testing;

/// <summary>One attempt to deliver a push.</summary>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="At">When the attempt started, on the emulator's clock.</param>
/// <param name="StatusCode">The callback's HTTP status, or null when no response came.</param>
/// <param name="Failure">Why the attempt failed (challenge refused, non-2xx, connection error), or null on success.</param>
/// <param name="NextAttemptAt">When the next attempt is due, on the emulator's clock, or null when none follows.</param>
public sealed record EmulatorPushAttempt(int Number, DateTimeOffset At, HttpStatusCode? StatusCode, string? Failure, DateTimeOffset? NextAttemptAt = null);
