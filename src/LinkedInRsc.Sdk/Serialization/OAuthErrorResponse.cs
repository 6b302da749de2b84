using System.Text.Json.Serialization;

namespace LinkedInRsc.Serialization;

/// <summary>LinkedIn's OAuth error answer, e.g. <c>{"error":"invalid_client","error_description":"…"}</c>.</summary>
/// <param name="Error">The OAuth error code.</param>
/// <param name="ErrorDescription">LinkedIn's explanation.</param>
internal sealed record OAuthErrorResponse(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
