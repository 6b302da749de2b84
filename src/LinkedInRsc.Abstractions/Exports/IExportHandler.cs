using LinkedInRsc.Customers;

namespace LinkedInRsc.Exports;

/// <summary>
/// The host's placement of a 1-click export: put the exported member into the chosen job's Prospect stage (creating the
/// candidate, or finding the one the member already is, so a second export creates no duplicate), or refuse. The SDK
/// has already checked the push's signature, fetched the export and checked that it is for this customer's
/// organization. Check the job with the SDK's <c>ExportPolicy</c> before placing.
/// </summary>
public interface IExportHandler
{
    /// <summary>
    /// Places or refuses the export. Must be idempotent: LinkedIn may deliver a push again after a failure. An exception
    /// leaves the push unacknowledged, so LinkedIn delivers it again.
    /// </summary>
    /// <param name="customer">The customer-scoped client of the customer whose callback received the push.</param>
    /// <param name="exportedCandidate">The export: job id, exporter, member profile, request id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The candidate placed, or the refusal.</returns>
    Task<ExportDecision> PlaceAsync(ICustomerClient customer, ExportedCandidate exportedCandidate, CancellationToken cancellationToken = default);
}
