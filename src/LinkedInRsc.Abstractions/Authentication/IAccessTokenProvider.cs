namespace LinkedInRsc.Authentication;

/// <summary>
/// Supplies access tokens for LinkedIn application credentials. The SDK's HTTP pipeline asks it for a token before
/// each request and tells it when LinkedIn rejected a token (HTTP 401).
/// </summary>
/// <remarks>
/// The default implementation uses the OAuth 2.0 client-credentials flow and caches one token per credentials in
/// memory. Replace it (register your own implementation before calling <c>AddLinkedInRsc</c>) to share tokens across
/// processes, for example through a distributed cache. Implementations must be thread-safe.
/// </remarks>
public interface IAccessTokenProvider
{
    /// <summary>Gets a token that is currently valid for <paramref name="credentials"/>.</summary>
    /// <param name="credentials">The application credentials the token must belong to.</param>
    /// <param name="cancellationToken">Cancels the wait for the token.</param>
    /// <returns>A token that is valid now.</returns>
    /// <exception cref="AuthenticationFailedException">LinkedIn refused the credentials or its token endpoint could not be reached.</exception>
    Task<AccessToken> GetTokenAsync(ClientCredentials credentials, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets <paramref name="token"/> after LinkedIn rejected it, so the next <see cref="GetTokenAsync"/> fetches a
    /// new one. Does nothing when the cache already holds a different token for the credentials.
    /// </summary>
    /// <param name="credentials">The credentials the token belongs to.</param>
    /// <param name="token">The rejected token.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the token is forgotten.</returns>
    Task InvalidateAsync(ClientCredentials credentials, AccessToken token, CancellationToken cancellationToken = default);
}
