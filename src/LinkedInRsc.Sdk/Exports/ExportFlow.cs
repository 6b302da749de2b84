using System.Net;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Logging;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Exports;

/// <summary>
/// What an <c>EXPORT_CANDIDATE_PROFILE</c> push sets off: fetch the export with the customer's token, refuse one that
/// is not for the customer's organization, hand each exported member to the host, and sync the placed candidate back
/// with the member attached so the In-ATS indicator links at once. Every step is idempotent, so a push delivered again
/// after a failure repeats nothing that would duplicate.
/// </summary>
internal sealed class ExportFlow(IExportHandler? handler, ILogger logger)
{
    /// <summary>Runs the flow; returns the exports not placed. Throws (the push stays unacknowledged) when a step failed.</summary>
    public async Task<IReadOnlyList<ExportRefusal>> RunAsync(ICustomerClient customer, string requestId, CancellationToken cancellationToken)
    {
        string customerId = customer.Customer.CustomerId;
        if (handler is null)
        {
            throw new InvalidOperationException("No IExportHandler is registered: register one (services.AddSingleton<IExportHandler, ...>()) to place 1-click exports.");
        }

        IReadOnlyList<ExportedCandidate> exports;
        try
        {
            exports = await customer.Exports.GetByRequestAsync(requestId, cancellationToken).ConfigureAwait(false);
        }
        catch (ExportNotForCustomerException ex)
        {
            return [Refused(requestId, customerId, new ExportRefusal(ExportRefusalReason.NotForCustomer, ex.Message))];
        }
        catch (LinkedInRscException ex) when (ex.StatusCode == HttpStatusCode.Forbidden)
        {
            return [Refused(requestId, customerId, new ExportRefusal(
                ExportRefusalReason.NotForCustomer,
                $"LinkedIn refused export '{requestId}' to customer '{customerId}' (403): it belongs to another customer; nothing was placed."))];
        }

        var refusals = new List<ExportRefusal>();
        foreach (ExportedCandidate export in exports)
        {
            ExportDecision decision = await handler.PlaceAsync(customer, export, cancellationToken).ConfigureAwait(false);
            if (decision.Refusal is { } refusal)
            {
                refusals.Add(Refused(export.RequestId, customerId, refusal));
                continue;
            }

            await SyncBackAsync(customer, export, decision.Candidate!, cancellationToken).ConfigureAwait(false);
            Log.ExportPlaced(logger, export.RequestId, customerId, decision.Candidate!.AtsCandidateId);
        }

        return refusals;
    }

    private static async Task SyncBackAsync(ICustomerClient customer, ExportedCandidate export, AtsCandidate placed, CancellationToken cancellationToken)
    {
        // The exported member is the link the export asked for; the host may have chosen the member itself.
        PersonUrn member = placed.ManualMatchedMember ?? export.Profile.Member;
        AtsCandidate candidate = placed with { ManualMatchedMember = member };
        BatchResult<string> upsert = await customer.Candidates.UpsertAsync([candidate], cancellationToken).ConfigureAwait(false);
        ThrowOnFailure(upsert, "sync back");

        // Attach the member the way LinkedIn's request collection does (partial update), whatever LinkedIn does with
        // manualMatchedMember in a full replace.
        BatchResult<string> link = await customer.Candidates.LinkAsync([new MemberLink(candidate.AtsCandidateId, member)], cancellationToken).ConfigureAwait(false);
        ThrowOnFailure(link, "link the exported member to");
    }

    private static void ThrowOnFailure(BatchResult<string> result, string action)
    {
        foreach (EntityResult<string> failure in result.GetFailures())
        {
            throw new LinkedInRscException(
                $"Could not {action} candidate '{failure.Key}' after an export: {failure.Outcome} ({failure.Field ?? failure.Message}); the push stays unacknowledged so LinkedIn delivers it again.")
            {
                StatusCode = failure.StatusCode,
                IsTransient = true,
                RequestId = failure.RequestId,
            };
        }
    }

    private ExportRefusal Refused(string requestId, string customerId, ExportRefusal refusal)
    {
        Log.ExportRefused(logger, requestId, customerId, refusal.Reason.ToString());
        return refusal;
    }
}
