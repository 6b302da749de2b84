using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;

namespace LinkedInRsc.Notifications;

/// <summary>
/// The host's reaction to an <c>INTEGRATION_STATUS_CHANGE</c> push: called after the SDK read the change and recorded
/// the customer's new access level in the <see cref="ICustomerDirectory"/> (e.g. start the historical sync once the
/// integration is enabled, or stop syncing when it is disabled). Optional: without one, the directory is still updated.
/// </summary>
public interface IIntegrationStatusHandler
{
    /// <summary>Reacts to a change. An exception leaves the push unacknowledged, so LinkedIn delivers it again.</summary>
    /// <param name="customer">The customer as recorded after the change.</param>
    /// <param name="change">The integrations that changed and the customer's status after the change.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the host is done.</returns>
    Task OnStatusChangedAsync(Customer customer, IntegrationStatusChange change, CancellationToken cancellationToken = default);
}
