using System.Net;

namespace LinkedInRsc.Testing;

/// <summary>
/// A fault applied to requests matching <see cref="Path"/> (and <see cref="Method"/>): the next <see cref="Count"/> of
/// them, or, with <see cref="Probability"/>, a seeded random fraction of them (at most <see cref="Count"/>).
/// </summary>
public sealed record EmulatorFault
{
    /// <summary>What happens to a matching request.</summary>
    public required EmulatorFaultKind Kind { get; init; }

    /// <summary>
    /// The path the request must start with, segment-wise and ignoring case, e.g. <c>/v2/atsCandidates</c> (also matches
    /// <c>/v2/atsCandidates/…/notes</c>), <c>/v2</c> for every API request, or <c>/oauth/v2/accessToken</c>. Control
    /// endpoints (<c>/_emulator/</c>) are never faulted.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The HTTP method to match (after <c>X-HTTP-Method-Override</c>), or null for any.</summary>
    public HttpMethod? Method { get; init; }

    /// <summary>How many matching requests are affected. Default 1; <see cref="int.MaxValue"/> for every one.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The status of a <see cref="EmulatorFaultKind.Status"/> fault. Default 503 (<see cref="HttpStatusCode.ServiceUnavailable"/>).</summary>
    public HttpStatusCode StatusCode { get; init; } = HttpStatusCode.ServiceUnavailable;

    /// <summary>The wait of a <see cref="EmulatorFaultKind.Delay"/> fault, or how long a <see cref="EmulatorFaultKind.Timeout"/> holds the request.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// Whether the request is processed first (its writes are kept) and only its answer replaced by the fault — LinkedIn
    /// did the work, the answer was lost. Default <see langword="false"/>: the request is not processed.
    /// </summary>
    public bool AfterProcessing { get; init; }

    /// <summary>The <c>Retry-After</c> delay a <see cref="EmulatorFaultKind.Status"/> fault sends (whole seconds), or null for none.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// When set (0 to 1), each matching request is faulted with this probability, drawn from a random sequence seeded
    /// with <see cref="Seed"/>, until the fault fired <see cref="Count"/> times; when null, the next <see cref="Count"/>
    /// matching requests are.
    /// </summary>
    public double? Probability { get; init; }

    /// <summary>The seed of a <see cref="Probability"/> fault's random sequence: the same seed and requests fault the same requests.</summary>
    public int Seed { get; init; }
}
