using LinkedInRsc.Authentication;

namespace LinkedInRsc.Provisioning;

/// <summary>A provisioned child application, as LinkedIn returns it.</summary>
/// <remarks><see cref="ToString"/> never shows the client secret.</remarks>
public sealed record ProvisionedApplication
{
    /// <summary>The ATS's customer id (<c>uniqueForeignId</c>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>The application's URN (<c>urn:li:developerApplication:{id}</c>), used to update it.</summary>
    public required string ApplicationUrn { get; init; }

    /// <summary>The application's credentials: the key of every call made for this customer.</summary>
    public required ClientCredentials Credentials { get; init; }

    /// <summary>The application name.</summary>
    public string? Name { get; init; }

    /// <summary>The JavaScript SDK domains registered.</summary>
    public IReadOnlyList<string> JsSdkDomains { get; init; } = [];

    /// <summary>The OAuth redirect addresses registered.</summary>
    public IReadOnlyList<string> OAuthCallbackUrls { get; init; } = [];
}
