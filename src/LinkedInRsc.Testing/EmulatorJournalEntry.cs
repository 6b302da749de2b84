using System.Net;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing;

/// <summary>
/// One request the emulator received (API and OAuth; not <c>/_emulator/</c> control calls), as the SDK sent it, to
/// assert on. Free of secrets: the <c>Authorization</c> header value and an OAuth <c>client_secret</c> are replaced
/// with <c>***</c>.
/// </summary>
public sealed record EmulatorJournalEntry
{
    /// <summary>When the request arrived, on the emulator's clock.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The effective HTTP method (after <c>X-HTTP-Method-Override</c>).</summary>
    public required HttpMethod Method { get; init; }

    /// <summary>The path as sent, e.g. <c>/v2/atsCandidates</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The query string as sent (plus the tunneled query of a tunneled request), without <c>?</c>.</summary>
    public required string RawQuery { get; init; }

    /// <summary>The query decoded with the request's Rest.li protocol; empty when it could not be decoded.</summary>
    public required IReadOnlyDictionary<string, RestLiValue> Query { get; init; }

    /// <summary>The Rest.li method (from <c>X-RestLi-Method</c> or inferred), or null for non-API requests.</summary>
    public RestLiMethod? RestLiMethod { get; init; }

    /// <summary>The Rest.li protocol version the request used.</summary>
    public required RestLiProtocolVersion Protocol { get; init; }

    /// <summary>Whether the request came tunneled (POST + <c>X-HTTP-Method-Override</c>).</summary>
    public bool Tunneled { get; init; }

    /// <summary>The request headers (case-insensitive names); <c>Authorization</c> is <c>***</c>.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>
    /// The body text (the JSON part of a tunneled request); empty without a body. At most
    /// <see cref="EmulatorOptions.JournalMaxBodyLength"/> characters (see <see cref="BodyTruncated"/>).
    /// </summary>
    public required string Body { get; init; }

    /// <summary>Whether <see cref="Body"/> was cut to <see cref="EmulatorOptions.JournalMaxBodyLength"/> characters.</summary>
    public bool BodyTruncated { get; init; }

    /// <summary>The client id of the application whose token authenticated the request, or null.</summary>
    public string? ClientId { get; init; }

    /// <summary>The status the emulator answered with, or null when it dropped the connection.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The fault injected into this request, or null when it was answered normally.</summary>
    public EmulatorFault? Fault { get; init; }

    /// <summary>Shows the method, path and status only.</summary>
    /// <returns>A short text.</returns>
    public override string ToString() => $"{Method} {Path} -> {(StatusCode is { } status ? (int)status : "dropped")}";
}
