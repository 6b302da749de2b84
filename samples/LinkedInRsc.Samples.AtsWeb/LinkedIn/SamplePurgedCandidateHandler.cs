using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Samples.AtsWeb.Data;

namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>
/// A member closed their LinkedIn profile: the candidate the ATS made from their export is deleted — in the ATS (with
/// their applications) and the record the ATS had synced to LinkedIn. A member the ATS has no candidate for is ignored.
/// </summary>
public sealed partial class SamplePurgedCandidateHandler(AtsStore store, ILogger<SamplePurgedCandidateHandler> logger) : IPurgedCandidateHandler
{
    public async Task OnPurgedAsync(ICustomerClient customer, IReadOnlyList<PurgedCandidate> purged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(purged);
        string customerId = customer.Customer.CustomerId;
        var deleted = new List<string>();
        foreach (PurgedCandidate member in purged)
        {
            if (await store.FindCandidateByMemberAsync(customerId, member.Member, cancellationToken) is { } candidate
                && await store.DeleteCandidateAsync(customerId, candidate.Id, cancellationToken))
            {
                deleted.Add(candidate.Id);
            }
        }

        if (deleted.Count > 0)
        {
            BatchResult<string> result = await customer.Candidates.DeleteAsync(deleted, cancellationToken);
            if (!result.IsSuccess)
            {
                // Candidate ids only: no personal data in the log.
                LogNotDeleted(logger, customerId, string.Join(", ", result.GetFailures().Select(f => f.Key)));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Customer {CustomerId}: LinkedIn did not delete purged candidates {Candidates}.")]
    private static partial void LogNotDeleted(ILogger logger, string customerId, string candidates);
}
