namespace LinkedInRsc.Users;

/// <summary>
/// Connects an ATS user's own LinkedIn account (3-legged OAuth) to learn their person URN, and maps it to their
/// Recruiter seat. Features that act for a user need both the customer's admin and the user connected.
/// </summary>
public interface IUserConnectionsClient
{
    /// <summary>Builds the address to send the user's browser to (the customer's child application asks for consent).</summary>
    /// <param name="redirectUri">An absolute https address registered in the child application's <c>oauth2AuthorizedCallbackUrls</c>.</param>
    /// <param name="state">An unguessable value of at least 16 characters the ATS stores and checks on return.</param>
    /// <returns>The authorization address.</returns>
    Uri BuildAuthorizationUri(Uri redirectUri, string state);

    /// <summary>
    /// Exchanges the code LinkedIn returned for a member token, reads the member's person URN, and (for a
    /// contract-level customer) finds the member's active Recruiter seat. The member token is not kept.
    /// </summary>
    /// <param name="code">The <c>code</c> query parameter LinkedIn redirected with.</param>
    /// <param name="redirectUri">The same redirect address used to build the authorization address.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The person and, when found, the seat.</returns>
    /// <exception cref="LinkedInRscException">LinkedIn refused the code or the profile read.</exception>
    Task<UserConnection> CompleteAsync(string code, Uri redirectUri, CancellationToken cancellationToken = default);

    /// <summary>Finds a member's active Recruiter seat on the customer's contracts (a contract-level feature).</summary>
    /// <param name="person">The member.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The seat, or <see langword="null"/> when the member holds none.</returns>
    /// <exception cref="Customers.FeatureNotEnabledException">The customer has company-level access only; nothing was sent.</exception>
    Task<SeatUrn?> FindSeatAsync(PersonUrn person, CancellationToken cancellationToken = default);
}
