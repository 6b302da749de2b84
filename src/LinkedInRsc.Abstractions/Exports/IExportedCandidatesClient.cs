namespace LinkedInRsc.Exports;

/// <summary>
/// 1-click exports of one customer (<c>exportedCandidates</c>, <c>atsPurgedExportedCandidates</c>), with that customer's
/// token. Needs 1-click export (company level). Obtain it from <see cref="Customers.ICustomerClient.Exports"/>.
/// </summary>
public interface IExportedCandidatesClient
{
    /// <summary>
    /// Reads what an <c>EXPORT_CANDIDATE_PROFILE</c> push announced, and refuses an export that is not for this
    /// customer's organization.
    /// </summary>
    /// <param name="requestId">The request id the push carried.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The exported members (usually one).</returns>
    /// <exception cref="ExportNotForCustomerException">LinkedIn answered with an export of another organization.</exception>
    /// <exception cref="LinkedInRscException">LinkedIn refused the call (404 unknown request id, 403 another customer's export).</exception>
    Task<IReadOnlyList<ExportedCandidate>> GetByRequestAsync(string requestId, CancellationToken cancellationToken = default);

    /// <summary>One page of the exported members whose profiles were closed.</summary>
    /// <param name="start">The index of the first item.</param>
    /// <param name="count">The page size (1 to 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<Page<PurgedCandidate>> GetPurgedPageAsync(int start, int count, CancellationToken cancellationToken = default);

    /// <summary>Every exported member whose profile was closed, page by page as the caller reads.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The members.</returns>
    IAsyncEnumerable<PurgedCandidate> ListPurgedAsync(CancellationToken cancellationToken = default);
}
