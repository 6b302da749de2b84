using LinkedInRsc.Candidates;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Turns an InMail stub profile into a candidate of the customer's system-created "LinkedIn" talent pool (host
/// extension point). The poller then syncs the returned candidate back to LinkedIn with the member attached.
/// </summary>
/// <remarks>
/// <para>The rules the ATS applies: the candidate gets the stub's first and last name; an e-mail address only when the
/// member shared one (<see cref="MailStub.EmailAddresses"/>) or the candidate already exists with one; a member seen
/// again (by <see cref="MailStub.Member"/>) updates the candidate it became instead of creating another.</para>
/// <para>Placing must be idempotent: after a crash the same stub comes again. Throwing fails this seat's stubs for this
/// round only; they are handed again next round.</para>
/// </remarks>
public interface ITalentPoolHandler
{
    /// <summary>Creates or updates the talent-pool candidate of a stub.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="stub">The stub profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The candidate as the ATS now holds it, to sync back (the SDK sets <see cref="AtsCandidate.ManualMatchedMember"/>
    /// to the stub's member); or <see langword="null"/> when the ATS declines the stub (reported as skipped).
    /// </returns>
    ValueTask<AtsCandidate?> PlaceAsync(string customerId, MailStub stub, CancellationToken cancellationToken = default);
}
