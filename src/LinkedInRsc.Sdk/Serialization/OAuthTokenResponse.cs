using System.Text.Json.Serialization;

namespace LinkedInRsc.Serialization;

/// <summary>LinkedIn's OAuth token answer (client-credentials and authorization-code flows).</summary>
/// <param name="AccessToken">The token.</param>
/// <param name="ExpiresIn">Its lifetime in seconds; LinkedIn's samples show it as a number and as a string, both are read.</param>
internal sealed record OAuthTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in"), JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long? ExpiresIn);
