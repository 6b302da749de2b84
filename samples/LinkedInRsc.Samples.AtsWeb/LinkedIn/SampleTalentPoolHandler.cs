using LinkedInRsc.Candidates;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.AtsWeb.Data;

namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>InMail stub profiles become candidates of the "LinkedIn" talent pool; a member seen again is the same candidate.</summary>
public sealed class SampleTalentPoolHandler(AtsStore store, TimeProvider time) : ITalentPoolHandler
{
    /// <summary>The source of a candidate the talent pool received: the talent-pool page lists these.</summary>
    public const string TalentPool = "LinkedIn talent pool";

    public async ValueTask<AtsCandidate?> PlaceAsync(string customerId, MailStub stub, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stub);
        AtsWebCandidate candidate = await store.FindCandidateByMemberAsync(customerId, stub.Member, cancellationToken)
            ?? await store.CreateCandidateAsync(
                customerId,
                id => new AtsWebCandidate(
                    customerId, id, stub.FirstName ?? "LinkedIn member", stub.LastName, stub.EmailAddresses.FirstOrDefault(), stub.Member,
                    stub.Headline, stub.ProfileUrl?.AbsoluteUri, TalentPool, time.GetUtcNow()),
                cancellationToken);
        return SampleExportHandler.ToLinkedIn(candidate);
    }
}
