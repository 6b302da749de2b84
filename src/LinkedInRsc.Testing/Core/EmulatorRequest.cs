using System.Text;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A request after un-tunneling (<c>X-HTTP-Method-Override</c> with a form or <c>multipart/mixed</c> body): the effective
/// method, path, query and JSON body the handlers see.
/// </summary>
internal sealed class EmulatorRequest
{
    /// <summary>The effective HTTP method (upper case).</summary>
    public required string Method { get; init; }

    /// <summary>The raw path.</summary>
    public required string Path { get; init; }

    /// <summary>The raw query (URL query, plus the tunneled query of a tunneled request).</summary>
    public required string Query { get; init; }

    /// <summary>Headers by name (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The body (the JSON part of a tunneled request).</summary>
    public required byte[] Body { get; init; }

    /// <summary>Whether the request came tunneled through POST + <c>X-HTTP-Method-Override</c>.</summary>
    public bool Tunneled { get; init; }

    /// <summary>The Rest.li protocol the client used (<c>X-RestLi-Protocol-Version</c>; 1.0 when absent).</summary>
    public RestLiProtocolVersion Protocol =>
        Header("X-RestLi-Protocol-Version") is { } v && v.StartsWith("2.", StringComparison.Ordinal) ? RestLiProtocolVersion.Version2 : RestLiProtocolVersion.Version1;

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>A header value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
