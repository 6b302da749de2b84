using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Samples.AtsWeb.Data;

namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>
/// 1-click export: places the exported member in the job's Prospect stage. A member exported again (to this job or
/// another) is the same candidate, found by the linked member; a second export to the same job adds nothing.
/// </summary>
public sealed class SampleExportHandler(AtsStore store, TimeProvider time) : IExportHandler
{
    public async Task<ExportDecision> PlaceAsync(ICustomerClient customer, ExportedCandidate exportedCandidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(exportedCandidate);
        string customerId = customer.Customer.CustomerId;
        AtsJob? job = exportedCandidate.AtsJobPostingId is { } jobId ? await store.FindJobAsync(customerId, jobId, cancellationToken) : null;
        IReadOnlyList<AtsUser> users = await store.ListUsersAsync(customerId, cancellationToken);
        ExportRefusal? refusal = ExportPolicy.Check(
            exportedCandidate,
            job is null ? null : new ExportJob
            {
                AtsJobPostingId = job.Id,
                IsActive = job.IsOpen,
                Stages = AtsStore.Stages,
                HiringTeam = [.. users.Select(u => new HiringTeamMember(HiringTeamRole.Recruiter, u.Seat, u.Member))],
            });
        if (refusal is not null)
        {
            return ExportDecision.Refuse(refusal);
        }

        ExportedProfile profile = exportedCandidate.Profile;
        DateTimeOffset now = time.GetUtcNow();
        AtsWebCandidate candidate = await store.FindCandidateByMemberAsync(customerId, profile.Member, cancellationToken)
            ?? await store.CreateCandidateAsync(
                customerId,
                id => new AtsWebCandidate(
                    customerId, id, profile.FirstName, profile.LastName, profile.EmailAddresses.FirstOrDefault(), profile.Member,
                    profile.Headline, profile.ProfileUrl?.AbsoluteUri, "1-click export", now),
                cancellationToken);
        await store.AddApplicationAsync(new AtsWebApplication(customerId, job!.Id, candidate.Id, AtsStore.ProspectStage, now), cancellationToken);
        return ExportDecision.Accept(ToLinkedIn(candidate));
    }

    /// <summary>The candidate as the SDK syncs it to LinkedIn.</summary>
    public static AtsCandidate ToLinkedIn(AtsWebCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new AtsCandidate
        {
            AtsCandidateId = candidate.Id,
            AtsCreatedAt = candidate.CreatedAt,
            AtsLastModifiedAt = candidate.CreatedAt,
            FirstName = candidate.FirstName,
            LastName = candidate.LastName,
            EmailAddresses = candidate.Email is { } email ? [email] : [],
            PhoneNumbers = [],
            Addresses = [],
            CurrentJobTitle = candidate.Headline,
            ManualMatchedMember = candidate.Member,
        };
    }
}
