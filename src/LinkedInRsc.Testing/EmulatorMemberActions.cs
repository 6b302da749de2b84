using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing;

/// <summary>
/// Scripted actions of a LinkedIn member in the 3-legged OAuth flow an ATS user goes through to connect their own
/// account: <c>/oauth/v2/authorization</c>, <c>grant_type=authorization_code</c> and <c>/v2/me</c>.
/// </summary>
public static class EmulatorMemberActions
{
    /// <summary>
    /// Makes the emulator's authorization page see <paramref name="personUrn"/> as the signed-in member: a browser sent
    /// to <c>/oauth/v2/authorization</c> is redirected back at once with a code for that member (consent is implied).
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="personUrn">The member.</param>
    public static void SignInMember(this LinkedInRscEmulator emulator, PersonUrn personUrn)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        emulator.Services.MemberOAuth.SignIn(personUrn.ToString());
    }

    /// <summary>
    /// The member consents to the customer's child application: returns the address LinkedIn would redirect the
    /// browser to (<paramref name="redirectUri"/> with <c>code</c> and <c>state</c>), without an HTTP round trip.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="clientId">The child application's client id.</param>
    /// <param name="personUrn">The member.</param>
    /// <param name="redirectUri">A redirect address registered in the application's <c>oauth2AuthorizedCallbackUrls</c>.</param>
    /// <param name="state">The state the ATS passed, echoed back.</param>
    /// <returns>The redirect address carrying the code.</returns>
    /// <exception cref="ArgumentException">The client is unknown, or the redirect address not registered.</exception>
    public static Uri AuthorizeMember(this LinkedInRscEmulator emulator, string clientId, PersonUrn personUrn, Uri redirectUri, string? state = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(redirectUri);
        try
        {
            return emulator.Services.MemberOAuth.Authorize(clientId, redirectUri.AbsoluteUri, state, personUrn.ToString());
        }
        catch (LinkedInErrorException ex)
        {
            throw new ArgumentException(ex.Error.Message, nameof(redirectUri), ex);
        }
    }
}
