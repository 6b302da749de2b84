using LinkedInRsc.Customers;

namespace LinkedInRsc.Exports;

/// <summary>
/// The host's handling of exported members who closed their LinkedIn profiles: delete or anonymise what the customer
/// keeps of them. Called by the SDK's purged-profile check; must be idempotent (a member is handed over at every check
/// while LinkedIn lists them).
/// </summary>
public interface IPurgedCandidateHandler
{
    /// <summary>Handles the members of one customer.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="purged">The members LinkedIn lists as purged for the customer's organization.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the host is done.</returns>
    Task OnPurgedAsync(ICustomerClient customer, IReadOnlyList<PurgedCandidate> purged, CancellationToken cancellationToken = default);
}
