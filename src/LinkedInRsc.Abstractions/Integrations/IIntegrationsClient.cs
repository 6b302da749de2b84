namespace LinkedInRsc.Integrations;

/// <summary>
/// A customer's RSC integrations and their configurations (<c>atsIntegrations</c>), bound to that customer's child
/// application and organization. Obtain it from <see cref="Customers.ICustomerClient.Integrations"/>.
/// </summary>
public interface IIntegrationsClient
{
    /// <summary>
    /// Gives the customer's integrations their user-facing names: <c>ONE_CLICK_EXPORT</c>, <c>IN_ATS_INDICATOR</c> and
    /// <c>PROFILE_PLUGIN</c> on the organization, <c>CSA_API</c> on each connected contract. Safe to repeat.
    /// </summary>
    /// <param name="customerDisplayName">The customer's name as users know it, e.g. "Acme"; at most 100 characters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The integrations named.</returns>
    /// <exception cref="Customers.CustomerNotOnboardedException">The customer has no connected organization yet.</exception>
    /// <exception cref="LinkedInRscException">LinkedIn refused one of the integrations; the message names it.</exception>
    Task<IReadOnlyList<Integration>> NameIntegrationsAsync(string customerDisplayName, CancellationToken cancellationToken = default);

    /// <summary>Reads every RSC integration of the customer (verifies enablement).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The integrations LinkedIn knows; missing ones are left out.</returns>
    Task<IReadOnlyList<Integration>> GetIntegrationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the integrations and derives the lifecycle state and the access level granted.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    Task<CustomerStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the customer's <c>CALLBACK_URL</c> (on <c>ONE_CLICK_EXPORT</c>): where LinkedIn pushes its notifications. It
    /// must be HTTPS (or http on a loopback host, which only an emulator accepts) and not used by another customer (both
    /// checked before the request).
    /// </summary>
    /// <param name="callbackUrl">The address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when LinkedIn accepted it.</returns>
    Task SetCallbackUrlAsync(Uri callbackUrl, CancellationToken cancellationToken = default);

    /// <summary>Reads the customer's <c>CALLBACK_URL</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The address, or <see langword="null"/> when none is set.</returns>
    Task<Uri?> GetCallbackUrlAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets <c>JOB_POSTING_VIEWERS</c> and <c>APPLICATION_VIEWERS</c> to <c>ALL_PRODUCT_USERS</c>: what an ATS that does
    /// not sync ACLs must do so that every Recruiter user sees the synced jobs and applications.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when LinkedIn accepted both.</returns>
    Task SetAllProductUsersViewersAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes <c>JOB_POSTING_VIEWERS</c> and <c>APPLICATION_VIEWERS</c> (when the ATS starts syncing ACLs).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when both are gone.</returns>
    Task RemoveViewersAsync(CancellationToken cancellationToken = default);

    /// <summary>Looks up what an <c>INTEGRATION_STATUS_CHANGE</c> notification was about.</summary>
    /// <param name="requestId">The request id the notification carried.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The integrations that changed.</returns>
    Task<IntegrationStatusChange> GetStatusChangeAsync(string requestId, CancellationToken cancellationToken = default);
}
