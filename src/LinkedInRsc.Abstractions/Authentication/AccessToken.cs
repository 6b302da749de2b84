namespace LinkedInRsc.Authentication;

/// <summary>
/// An OAuth 2.0 access token for LinkedIn's APIs, with the instant it should be replaced.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the token value.</remarks>
public sealed class AccessToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="value">The bearer token value sent in the <c>Authorization</c> header.</param>
    /// <param name="expiresAt">When LinkedIn stops accepting the token.</param>
    /// <param name="refreshAt">
    /// When a cache should stop handing the token out and fetch a new one (a little before <paramref name="expiresAt"/>,
    /// so a request started with the token does not reach LinkedIn after it expired). Defaults to <paramref name="expiresAt"/>.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="refreshAt"/> is later than <paramref name="expiresAt"/>.</exception>
    public AccessToken(string value, DateTimeOffset expiresAt, DateTimeOffset? refreshAt = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An access token value is required.", nameof(value));
        }

        DateTimeOffset refresh = refreshAt ?? expiresAt;
        if (refresh > expiresAt)
        {
            throw new ArgumentOutOfRangeException(nameof(refreshAt), "The refresh instant must not be later than the expiry instant.");
        }

        Value = value;
        ExpiresAt = expiresAt;
        RefreshAt = refresh;
    }

    /// <summary>The bearer token value. Never log it.</summary>
    public string Value { get; }

    /// <summary>When LinkedIn stops accepting the token.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>When a cache should replace the token with a new one.</summary>
    public DateTimeOffset RefreshAt { get; }

    /// <summary>Whether the token should be replaced at <paramref name="now"/>.</summary>
    /// <param name="now">The current instant (from a <see cref="TimeProvider"/>).</param>
    /// <returns><see langword="true"/> when <paramref name="now"/> is at or after <see cref="RefreshAt"/>.</returns>
    public bool NeedsRefresh(DateTimeOffset now) => now >= RefreshAt;

    /// <summary>Shows the expiry only; the token value is redacted.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() =>
        $"AccessToken {{ Value = ***, ExpiresAt = {ExpiresAt:O}, RefreshAt = {RefreshAt:O} }}";
}
