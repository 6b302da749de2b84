using System.Globalization;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources;
using LinkedInRsc.Testing.Resources.Activity;
using LinkedInRsc.Testing.Resources.Http;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing;

/// <summary>
/// Scripted actions of LinkedIn's side for the data-bearing resources: members, Recruiter seats, 1-Click Exports,
/// InMails and replies, prospect notes and closed profiles. Each has an HTTP twin under <c>/_emulator/</c>.
/// </summary>
public static class EmulatorRecruiterActions
{
    /// <summary>The push event type of a 1-Click Export.</summary>
    public const string ExportCandidateProfile = "EXPORT_CANDIDATE_PROFILE";

    private static long s_nextPerson = 70_000;

    /// <summary>Adds a LinkedIn member (for matching, exports, InMails and notes).</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="setup">The member's names, e-mail addresses and profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's URN and profile URL.</returns>
    /// <exception cref="ArgumentException">A name is missing or an e-mail address is not of the form X@X.X.</exception>
    /// <exception cref="InvalidOperationException">A member with that person id exists.</exception>
    public static Task<EmulatedMember> AddMemberAsync(this LinkedInRscEmulator emulator, EmulatedMemberSetup setup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentException.ThrowIfNullOrWhiteSpace(setup.FirstName, nameof(setup));
        ArgumentException.ThrowIfNullOrWhiteSpace(setup.LastName, nameof(setup));
        cancellationToken.ThrowIfCancellationRequested();
        if (setup.EmailAddresses.Any(e => !EntityRules.IsEmail(e)))
        {
            throw new ArgumentException("Every e-mail address must have the form X@X.X.", nameof(setup));
        }

        var id = setup.PersonId ?? "m" + Interlocked.Increment(ref s_nextPerson).ToString(CultureInfo.InvariantCulture);
        var record = new MemberRecord(
            EntityRules.PersonUrnPrefix + id,
            setup.FirstName,
            setup.LastName,
            setup.EmailAddresses,
            $"https://www.linkedin.com/in/{id}",
            setup.Headline,
            setup.Location,
            setup.CurrentEmployerNames);
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            State(emulator).Members.Add(record);
            return new EmulatedMember(record.PersonUrn, record.ProfileUrl);
        });
    }

    /// <summary>Adds a Recruiter seat to a contract connected to a customer.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="contractUrn">A contract URN of a customer (see <see cref="EmulatedCustomer.ContractUrns"/>).</param>
    /// <param name="memberUrn">The seat holder's person URN (<c>urn:li:person:{id}</c>).</param>
    /// <param name="firstName">The seat holder's first name.</param>
    /// <param name="lastName">The seat holder's last name.</param>
    /// <param name="state">ACTIVE (default), INACTIVE, INVITED or PARKED.</param>
    /// <param name="seatRoles">Seat roles, e.g. <c>ADMIN_SEAT</c>; defaults to <c>SOURCER_ADD_PROSPECT</c>.</param>
    /// <param name="seatId">The id part of the seat URN (<c>urn:li:seat:{id}</c>), for seeds that refer to it; generated when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The seat.</returns>
    /// <exception cref="ArgumentException">A URN, the state or the seat id is malformed.</exception>
    /// <exception cref="InvalidOperationException">No customer is connected to the contract, or the seat id is taken.</exception>
    public static Task<EmulatedSeat> AddSeatAsync(this LinkedInRscEmulator emulator, string contractUrn, string memberUrn, string firstName, string lastName, string state = "ACTIVE", IReadOnlyList<string>? seatRoles = null, long? seatId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            lock (emulator.Services.State.Sync)
            {
                if (emulator.Services.State.FindOwnerOfContext(contractUrn) is null)
                {
                    throw new InvalidOperationException($"No customer is connected to {contractUrn}; add a customer whose admin connected that contract first.");
                }
            }

            return ToPublic(State(emulator).Activity.AddSeat(contractUrn, memberUrn, firstName, lastName, state, seatRoles, seatId));
        });
    }

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
    public static Task<EmulatedExport> ExportCandidateAsync(this LinkedInRscEmulator emulator, string customerId, string memberUrn, string externalJobPostingId, string? exporterSeatUrn = null, IReadOnlyList<string>? emailAddresses = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberUrn);
        ArgumentException.ThrowIfNullOrWhiteSpace(externalJobPostingId);
        cancellationToken.ThrowIfCancellationRequested();
        if (emailAddresses is not null && emailAddresses.Any(e => !EntityRules.IsEmail(e)))
        {
            throw new ArgumentException("Every e-mail address must have the form X@X.X.", nameof(emailAddresses));
        }

        return LinkedInRscEmulator.ScriptAsync(() => Export(emulator, customerId, memberUrn, externalJobPostingId, exporterSeatUrn, emailAddresses));
    }

    private static EmulatedExport Export(LinkedInRscEmulator emulator, string customerId, string memberUrn, string externalJobPostingId, string? exporterSeatUrn, IReadOnlyList<string>? emailAddresses)
    {
        var services = emulator.Services;
        var state = State(emulator);
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

        var member = state.Members.Find(memberUrn) ?? throw new InvalidOperationException($"No member {memberUrn}; add the member first.");
        if (member.IsClosed)
        {
            throw new InvalidOperationException($"Member {memberUrn} closed their profile and cannot be exported.");
        }

        var job = state.Jobs.FindJob(organization, externalJobPostingId)
            ?? throw new InvalidOperationException($"No job '{externalJobPostingId}' is synced for {organization}; a recruiter can only export to a synced job (wait for its task to succeed).");
        if (!job.IsListed)
        {
            throw new InvalidOperationException($"Job '{externalJobPostingId}' is closed; a recruiter can only export to an open job.");
        }

        if (exporterSeatUrn is not null && state.Activity.FindSeat(exporterSeatUrn) is null)
        {
            throw new InvalidOperationException($"No seat {exporterSeatUrn}; add it first.");
        }

        var export = state.Exports.Add(organization, externalJobPostingId, exporterSeatUrn ?? string.Empty, member, emailAddresses);
        var push = services.Pushes.Send(customer, ExportCandidateProfile, export.RequestId, organization);
        return new EmulatedExport(export.RequestId, organization, memberUrn, externalJobPostingId, push);
    }

    /// <summary>A recruiter sends an InMail to a member: a new thread appears in the seat's conversation events.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="seatUrn">The sending seat.</param>
    /// <param name="memberUrn">The recipient.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="body">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidOperationException">The seat or member is unknown.</exception>
    public static Task<EmulatedInMail> SendInMailAsync(this LinkedInRscEmulator emulator, string seatUrn, string memberUrn, string subject, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            var message = State(emulator).Activity.SendInMail(seatUrn, memberUrn, subject, body);
            return new EmulatedInMail(message.ThreadUrn, message.Id, message.Author, message.CreatedAt, false);
        });
    }

    /// <summary>
    /// The member replies to an InMail; when <paramref name="shareContactDetails"/> is true a mail stub (stub profile
    /// with contact details) becomes retrievable through <c>mailStubs</c>.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="threadUrn">The thread to reply in.</param>
    /// <param name="body">The reply's text.</param>
    /// <param name="shareContactDetails">Whether the member agrees to share contact details.</param>
    /// <param name="emailAddress">The shared e-mail address; defaults to the member's first one.</param>
    /// <param name="phoneNumber">The shared phone number, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="InvalidOperationException">The thread is unknown.</exception>
    public static Task<EmulatedInMail> ReplyToInMailAsync(this LinkedInRscEmulator emulator, string threadUrn, string body, bool shareContactDetails = false, string? emailAddress = null, string? phoneNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            var (reply, stub) = State(emulator).Activity.Reply(threadUrn, body, shareContactDetails, emailAddress, phoneNumber);
            return new EmulatedInMail(reply.ThreadUrn, reply.Id, reply.Author, reply.CreatedAt, stub is not null);
        });
    }

    /// <summary>A recruiter writes a note on a prospect.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="seatUrn">The writing seat.</param>
    /// <param name="memberUrn">The prospect.</param>
    /// <param name="text">The note.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note.</returns>
    /// <exception cref="InvalidOperationException">The seat or member is unknown.</exception>
    public static Task<EmulatedProspectNote> WriteProspectNoteAsync(this LinkedInRscEmulator emulator, string seatUrn, string memberUrn, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() => ToPublic(State(emulator).Activity.WriteNote(seatUrn, memberUrn, text)));
    }

    /// <summary>A recruiter edits a prospect note (its last-modified time moves to now).</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="noteId">The note.</param>
    /// <param name="text">The new text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note.</returns>
    /// <exception cref="InvalidOperationException">The note is unknown or deleted.</exception>
    public static Task<EmulatedProspectNote> EditProspectNoteAsync(this LinkedInRscEmulator emulator, long noteId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() => ToPublic(State(emulator).Activity.EditNote(noteId, text)));
    }

    /// <summary>A recruiter deletes a prospect note; it is then reported with <c>"active": false</c>.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="noteId">The note.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note.</returns>
    /// <exception cref="InvalidOperationException">The note is unknown or already deleted.</exception>
    public static Task<EmulatedProspectNote> DeleteProspectNoteAsync(this LinkedInRscEmulator emulator, long noteId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() => ToPublic(State(emulator).Activity.DeleteNote(noteId)));
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
    public static Task<IReadOnlyList<string>> CloseMemberProfileAsync(this LinkedInRscEmulator emulator, string memberUrn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync<IReadOnlyList<string>>(() =>
        {
            var state = State(emulator);
            state.Members.Close(memberUrn);
            return state.Exports.Purge(memberUrn).Select(p => p.IntegrationContext).ToList();
        });
    }

    /// <summary>
    /// How long a job-posting task stays <c>IN_PROGRESS</c> on the emulator's clock before it succeeds or fails
    /// (default 5 seconds; LinkedIn advises checking after 5 minutes).
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="processingTime">The delay; zero completes tasks at the next request.</param>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative.</exception>
    public static void SetJobPostingProcessingTime(this LinkedInRscEmulator emulator, TimeSpan processingTime)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentOutOfRangeException.ThrowIfLessThan(processingTime, TimeSpan.Zero);
        State(emulator).Jobs.ProcessingTime = processingTime;
    }

    /// <summary>
    /// What an organization has synced so far (jobs whose task succeeded, candidates, applications), to assert on
    /// the outcome of a sync without reading the request journal.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="organizationUrn">The customer's organization URN.</param>
    /// <returns>A snapshot.</returns>
    public static EmulatedSyncedData GetSyncedData(this LinkedInRscEmulator emulator, string organizationUrn)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationUrn);
        var state = State(emulator);
        return new EmulatedSyncedData(
            organizationUrn,
            state.Jobs.Jobs(organizationUrn).Select(j => new EmulatedJobPosting(j.Key.ExternalJobPostingId, j.JobPostingUrn, j.State, j.Availability)).ToList(),
            state.Candidates.List(organizationUrn).Select(c => new EmulatedSyncedCandidate(c.Id, c.ManualMember, c.Notes)).ToList(),
            state.Applications.List(organizationUrn).Select(a => new EmulatedSyncedApplication(a.Id, a.JobId, a.Stages, a.Notes, a.Feedback)).ToList());
    }

    internal static ResourceState State(LinkedInRscEmulator emulator) => ResourceHttp.StateOf(emulator.Services);

    internal static EmulatedSeat ToPublic(SeatRecord seat) => new(seat.SeatUrn, seat.ContractUrn, seat.MemberUrn, seat.State);

    internal static EmulatedProspectNote ToPublic(ProspectNote note) => new(note.Id, note.ContractUrn, note.OwnerSeatUrn, note.MemberUrn, note.LastModifiedAt, note.Active);
}
