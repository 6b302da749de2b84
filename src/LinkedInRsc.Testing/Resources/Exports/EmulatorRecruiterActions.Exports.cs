using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources;
using LinkedInRsc.Testing.Resources.Exports;
using LinkedInRsc.Testing.Resources.Jobs;
using LinkedInRsc.Testing.Resources.Members;
using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing;

/// <content>1-Click Exports and the purged profiles of exported members.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>
    /// A recruiter exports a member to one of the customer's synced, listed jobs: the export becomes retrievable by
    /// request id and a signed <c>EXPORT_CANDIDATE_PROFILE</c> push goes to the customer's callback URL.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="memberUrn">The exported member.</param>
    /// <param name="externalJobPostingId">The job (its <c>externalJobPostingId</c>) the recruiter chose.</param>
    /// <param name="exporterSeatUrn">The exporting recruiter's seat, if any.</param>
    /// <param name="emailAddresses">Addresses the recruiter typed in (usually none).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The export and its push.</returns>
    /// <exception cref="InvalidOperationException">
    /// The customer, member or job is unknown, the job is closed, or ONE_CLICK_EXPORT is not enabled (the message says which).
    /// </exception>
    public static Task<EmulatedExport> ExportCandidateAsync(this LinkedInRscEmulator emulator, string customerId, PersonUrn memberUrn, string externalJobPostingId, SeatUrn? exporterSeatUrn = null, IReadOnlyList<string>? emailAddresses = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalJobPostingId);
        cancellationToken.ThrowIfCancellationRequested();
        if (emailAddresses is not null && emailAddresses.Any(e => !EntityRules.IsEmail(e)))
        {
            throw new ArgumentException("Every e-mail address must have the form X@X.X.", nameof(emailAddresses));
        }

        return LinkedInRscEmulator.ScriptAsync(() => Export(emulator, customerId, memberUrn, externalJobPostingId, exporterSeatUrn, emailAddresses));
    }

    /// <summary>
    /// A member closes their LinkedIn profile: they stop matching candidates, and every organization they were
    /// exported to lists them in <c>atsPurgedExportedCandidates</c>.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="memberUrn">The member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organizations that now list the member as purged.</returns>
    /// <exception cref="InvalidOperationException">The member is unknown.</exception>
    public static Task<IReadOnlyList<OrganizationUrn>> CloseMemberProfileAsync(this LinkedInRscEmulator emulator, PersonUrn memberUrn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync<IReadOnlyList<OrganizationUrn>>(() =>
        {
            EmulatorStores stores = emulator.Services.Stores;
            stores.Get<MemberDirectory>().Close(memberUrn.ToString());
            return stores.Get<ExportStore>().Purge(memberUrn.ToString()).Select(p => OrganizationUrn.Parse(p.IntegrationContext)).ToList();
        });
    }

    private static EmulatedExport Export(LinkedInRscEmulator emulator, string customerId, PersonUrn memberUrn, string externalJobPostingId, SeatUrn? exporterSeatUrn, IReadOnlyList<string>? emailAddresses)
    {
        var services = emulator.Services;
        CustomerState customer;
        string organization;
        lock (services.State.Sync)
        {
            if (!services.State.CustomersByForeignId.TryGetValue(customerId, out customer!))
            {
                throw new InvalidOperationException($"No customer '{customerId}'; add it first.");
            }

            organization = customer.OrganizationUrn ?? throw new InvalidOperationException($"Customer '{customerId}' has no connected organization.");
            if (!customer.Integrations.TryGetValue(IntegrationKey.Rsc(organization, IntegrationTypes.OneClickExport), out var integration)
                || integration.Status != IntegrationStatuses.Enabled)
            {
                throw new InvalidOperationException($"ONE_CLICK_EXPORT is not enabled for customer '{customerId}'; enable company-level integrations first.");
            }
        }

        var member = services.Stores.Get<MemberDirectory>().Find(memberUrn.ToString()) ?? throw new InvalidOperationException($"No member {memberUrn}; add the member first.");
        if (member.IsClosed)
        {
            throw new InvalidOperationException($"Member {memberUrn} closed their profile and cannot be exported.");
        }

        var job = services.Stores.Get<JobPostingStore>().FindJob(organization, externalJobPostingId)
            ?? throw new InvalidOperationException($"No job '{externalJobPostingId}' is synced for {organization}; a recruiter can only export to a synced job (wait for its task to succeed).");
        if (!job.IsListed)
        {
            throw new InvalidOperationException($"Job '{externalJobPostingId}' is closed; a recruiter can only export to an open job.");
        }

        if (exporterSeatUrn is { } seat && services.Stores.Get<SeatStore>().FindSeat(seat.ToString()) is null)
        {
            throw new InvalidOperationException($"No seat {exporterSeatUrn}; add it first.");
        }

        var export = services.Stores.Get<ExportStore>().Add(organization, externalJobPostingId, exporterSeatUrn?.ToString() ?? string.Empty, member, emailAddresses);
        var push = services.Pushes.Send(customer, EmulatorPushEventType.ExportCandidateProfile, export.RequestId, organization);
        return new EmulatedExport(export.RequestId, OrganizationUrn.Parse(organization), memberUrn, externalJobPostingId, push);
    }
}
