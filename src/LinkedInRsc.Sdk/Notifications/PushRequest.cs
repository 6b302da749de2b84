namespace LinkedInRsc.Notifications;

/// <summary>
/// A request LinkedIn sent to a customer's callback URL, as a web framework hands it over: the method, the raw body
/// bytes (exactly as received: the signature is over them), the headers and the query string.
/// </summary>
public sealed record PushRequest
{
    /// <summary>The customer the callback URL belongs to (e.g. from the route <c>/linkedin/{customerId}/callback</c>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>The HTTP method: <c>GET</c> for LinkedIn's endpoint validation, <c>POST</c> for a push.</summary>
    public required string Method { get; init; }

    /// <summary>The raw body, unchanged. A framework adapter reads at most <see cref="PushOptions.MaxBodyBytes"/> + 1 bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The request headers (names compare ignoring case).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The query-string parameters, decoded (names compare ignoring case).</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Shows the customer and method only: never the body or headers.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"PushRequest {{ CustomerId = {CustomerId}, Method = {Method}, BodyLength = {Body.Length} }}";
}
