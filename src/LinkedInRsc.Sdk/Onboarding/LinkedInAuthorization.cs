using System.Text;

namespace LinkedInRsc.Onboarding;

/// <summary>
/// The first step of the 3-legged OAuth flow an ATS user goes through to connect their own LinkedIn account (so the
/// ATS learns their person URN, and so their Recruiter seat).
/// </summary>
public static class LinkedInAuthorization
{
    /// <summary>LinkedIn's authorization endpoint.</summary>
    public static Uri DefaultAuthorizationEndpoint { get; } = new("https://www.linkedin.com/oauth/v2/authorization");

    /// <summary>The scope that reads the member's id through <c>/v2/me</c> (newer applications may use <c>openid profile</c> instead).</summary>
    public const string LiteProfileScope = "r_liteprofile";

    /// <summary>Builds the address to send the user's browser to.</summary>
    /// <param name="clientId">The customer's child application client id.</param>
    /// <param name="redirectUri">Where LinkedIn returns the user with the code; must be one of the child app's <c>oauth2AuthorizedCallbackUrls</c>.</param>
    /// <param name="state">An unguessable value the ATS stores and checks when the user returns (CSRF protection); at least 16 characters.</param>
    /// <param name="scopes">The scopes to ask for; <see cref="LiteProfileScope"/> when none are given.</param>
    /// <param name="authorizationEndpoint">Another authorization endpoint (an emulator); LinkedIn's by default.</param>
    /// <returns>The authorization address.</returns>
    /// <exception cref="ArgumentException">An argument is missing or invalid; the message names it.</exception>
    public static Uri BuildAuthorizationUri(string clientId, Uri redirectUri, string state, IEnumerable<string>? scopes = null, Uri? authorizationEndpoint = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentNullException.ThrowIfNull(redirectUri);
        if (!redirectUri.IsAbsoluteUri || redirectUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The redirect URI must be an absolute https address, got '{redirectUri}'.", nameof(redirectUri));
        }

        if (string.IsNullOrEmpty(state) || state.Length < 16)
        {
            throw new ArgumentException("The state must be an unguessable value of at least 16 characters that the ATS checks when the user returns.", nameof(state));
        }

        string[] scopeList = scopes?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToArray() ?? [];
        if (scopeList.Length == 0)
        {
            scopeList = [LiteProfileScope];
        }

        var query = new StringBuilder()
            .Append("response_type=code")
            .Append("&client_id=").Append(Uri.EscapeDataString(clientId))
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(redirectUri.AbsoluteUri))
            .Append("&state=").Append(Uri.EscapeDataString(state))
            .Append("&scope=").Append(Uri.EscapeDataString(string.Join(' ', scopeList)));
        var builder = new UriBuilder(authorizationEndpoint ?? DefaultAuthorizationEndpoint) { Query = query.ToString() };
        return builder.Uri;
    }
}
