using System.Net;

namespace LinkedInRsc.Testing;

/// <summary>A fault applied to the next <see cref="Count"/> requests matching <see cref="Path"/> (and <see cref="Method"/>).</summary>
public sealed record EmulatorFault
{
    /// <summary>What happens to a matching request.</summary>
    public required EmulatorFaultKind Kind { get; init; }

    /// <summary>
    /// The path the request must start with, segment-wise and ignoring case, e.g. <c>/v2/atsCandidates</c> (also matches
    /// <c>/v2/atsCandidates/…/notes</c>) or <c>/oauth/v2/accessToken</c>. Control endpoints (<c>/_emulator/</c>) are never faulted.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The HTTP method to match (after <c>X-HTTP-Method-Override</c>), or null for any.</summary>
    public HttpMethod? Method { get; init; }

    /// <summary>How many matching requests are affected. Default 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The status of a <see cref="EmulatorFaultKind.Status"/> fault. Default 503 (<see cref="HttpStatusCode.ServiceUnavailable"/>).</summary>
    public HttpStatusCode StatusCode { get; init; } = HttpStatusCode.ServiceUnavailable;

    /// <summary>The wait of a <see cref="EmulatorFaultKind.Delay"/> fault.</summary>
    public TimeSpan Delay { get; init; }
}
