using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A response produced by the request processor; both front-ends (HttpListener and the in-memory handler) turn it into
/// their own response type, so they behave identically.
/// </summary>
internal sealed class EmulatorResponse
{
    private EmulatorResponse(int status, byte[] body, string? contentType)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The body bytes (possibly empty).</summary>
    public byte[] Body { get; }

    /// <summary>The content type, or null without a body.</summary>
    public string? ContentType { get; }

    /// <summary>Extra response headers (besides Content-Type).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When true the front-end drops the connection instead of answering (fault injection).</summary>
    public bool DropConnection { get; private init; }

    /// <summary>The body as text, for the journal.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>A JSON response.</summary>
    public static EmulatorResponse Json(int status, JsonNode body) =>
        new(status, Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json");

    /// <summary>A JSON response with status 200.</summary>
    public static EmulatorResponse Ok(JsonNode body) => Json((int)HttpStatusCode.OK, body);

    /// <summary>An empty response (204 by default).</summary>
    public static EmulatorResponse Empty(int status = (int)HttpStatusCode.NoContent) => new(status, [], null);

    /// <summary>A raw response with the given content type.</summary>
    public static EmulatorResponse Raw(int status, string body, string contentType) =>
        new(status, Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>A raw response of bytes with the given content type.</summary>
    public static EmulatorResponse Raw(int status, byte[] body, string contentType) => new(status, body, contentType);

    /// <summary>A marker telling the front-end to drop the connection.</summary>
    public static EmulatorResponse Dropped() => new(0, [], null) { DropConnection = true };

    /// <summary>Adds a header and returns this response.</summary>
    public EmulatorResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
