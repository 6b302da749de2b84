using System.Text.Json.Serialization;

namespace LinkedInRsc.Serialization;

/// <summary>The member's id from <c>/v2/me?fields=id</c> (<c>id</c>) or OpenID Connect's userinfo (<c>sub</c>).</summary>
/// <param name="Id">The member id of <c>/v2/me</c>.</param>
/// <param name="Sub">The subject of OpenID Connect's userinfo.</param>
internal sealed record MemberProfile(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("sub")] string? Sub);
