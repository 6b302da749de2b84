using System.Text.Json.Serialization;

namespace LinkedInRsc.Serialization;

/// <summary>
/// System.Text.Json source generation for the fixed-shape payloads LinkedIn answers outside Rest.li: the OAuth token
/// and error responses and the member's <c>/v2/me</c>. Serializers generated at compile time: no reflection, safe to
/// trim and to compile ahead of time. Rest.li records are read and written with the JSON DOM instead, because their
/// keys are data (batch maps keyed by encoded entity keys) and their shapes vary by resource.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(OAuthErrorResponse))]
[JsonSerializable(typeof(MemberProfile))]
internal sealed partial class SdkJsonContext : JsonSerializerContext;
