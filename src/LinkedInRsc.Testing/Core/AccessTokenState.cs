namespace LinkedInRsc.Testing.Core;

/// <summary>One issued access token.</summary>
internal sealed record AccessTokenState(string Token, EmulatedApplication Application, DateTimeOffset ExpiresAt);
