using LinkedInRsc.Customers;
using LinkedInRsc.Jobs;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>
/// The embedded emulator (a fake LinkedIn on loopback) and what people on LinkedIn's side do in it: the customer's
/// LinkedIn admin enables integrations, recruiters export members, send InMails and write notes. Against the real
/// LinkedIn none of this is the ATS's code; here it gives the pages something to show.
/// </summary>
public sealed class EmulatedLinkedIn(LinkedInRscEmulator emulator, CallbackForwarder forwarder, AtsStore store, ICustomerDirectory directory) : IAsyncDisposable
{
    private static readonly (string First, string Last)[] Recruiters = [("Ada", "Lovelace"), ("Grace", "Hopper")];

    public LinkedInRscEmulator Emulator => emulator;

    public CallbackForwarder Forwarder => forwarder;

    /// <summary>Gives a connected customer two recruiters with Recruiter seats on its first contract, and maps them to ATS users.</summary>
    public async Task<IReadOnlyList<AtsUser>> EnsureRecruitersAsync(string customerId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<AtsUser> users = await store.ListUsersAsync(customerId, cancellationToken);
        Customer? customer = await directory.FindAsync(customerId, cancellationToken);
        if (users.Count > 0 || customer?.Contracts.FirstOrDefault() is not { } contract)
        {
            return users;
        }

        foreach ((string first, string last) in Recruiters)
        {
            EmulatedMember member = await emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = first, LastName = last, Headline = "Recruiter at " + customerId, PersonUrn = NewPerson() }, cancellationToken);
            EmulatedSeat seat = await emulator.AddSeatAsync(contract.Urn, member.PersonUrn, first, last, seatUrn: SeatUrn.FromId(Random.Shared.NextInt64(10_000_000, 100_000_000)), cancellationToken: cancellationToken);
            await store.SaveUserAsync(new AtsUser(customerId, seat.SeatUrn, first + " " + last, member.PersonUrn), cancellationToken);
        }

        return await store.ListUsersAsync(customerId, cancellationToken);
    }

    /// <summary>The customer's LinkedIn admin enables integrations; waits until the status-change push was answered.</summary>
    public async Task EnableAsync(string customerId, AccessLevel level, CancellationToken cancellationToken = default)
    {
        EmulatorIntegrationChange change = await emulator.EnableIntegrationsAsync(customerId, level, cancellationToken: cancellationToken);
        await WaitAnsweredAsync(change.Push, cancellationToken);
    }

    /// <summary>A recruiter exports a (new) LinkedIn member to a job; waits until the export push was answered.</summary>
    public async Task<EmulatedExport> ExportAsync(string customerId, string jobId, EmulatedMemberSetup member, SeatUrn? exporter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        EmulatedMember added = await emulator.AddMemberAsync(member with { PersonUrn = member.PersonUrn ?? NewPerson() }, cancellationToken);
        EmulatedExport export = await emulator.ExportCandidateAsync(customerId, added.PersonUrn, jobId, exporter, cancellationToken: cancellationToken);
        await WaitAnsweredAsync(export.Push, cancellationToken);
        return export;
    }

    public async Task SendInMailAsync(SeatUrn seat, PersonUrn member, string subject, string body, CancellationToken cancellationToken = default)
    {
        await emulator.SendInMailAsync(seat, member, subject, body, cancellationToken);
        await LeaveThisMillisecondAsync();
    }

    public async Task WriteNoteAsync(SeatUrn seat, PersonUrn member, string text, CancellationToken cancellationToken = default)
    {
        await emulator.WriteProspectNoteAsync(seat, member, text, cancellationToken);
        await LeaveThisMillisecondAsync();
    }

    /// <summary>The recruiter edits their note in Recruiter (its last-modified time moves to now).</summary>
    public async Task EditNoteAsync(long noteId, string text, CancellationToken cancellationToken = default)
    {
        await emulator.EditProspectNoteAsync(noteId, text, cancellationToken);
        await LeaveThisMillisecondAsync();
    }

    /// <summary>The recruiter deletes their note in Recruiter (LinkedIn keeps it as inactive; the poller hands it over as deleted).</summary>
    public async Task DeleteNoteAsync(long noteId, CancellationToken cancellationToken = default)
    {
        await emulator.DeleteProspectNoteAsync(noteId, cancellationToken);
        await LeaveThisMillisecondAsync();
    }

    /// <summary>
    /// A recruiter InMails a (new) LinkedIn member, who answers and shares their e-mail address: LinkedIn makes a stub
    /// profile, which the poller hands to the talent-pool handler.
    /// </summary>
    public async Task<PersonUrn> InMailAndShareContactAsync(SeatUrn seat, string firstName, string lastName, string email, CancellationToken cancellationToken = default)
    {
        EmulatedMember member = await emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = firstName, LastName = lastName, PersonUrn = NewPerson() }, cancellationToken);
        EmulatedInMail inMail = await emulator.SendInMailAsync(seat, member.PersonUrn, "Hello " + firstName, "Would you like to talk about a role?", cancellationToken);
        await emulator.ReplyToInMailAsync(inMail.ThreadUrn, "Yes, here is my e-mail.", shareContactDetails: true, emailAddress: email, cancellationToken: cancellationToken);
        await LeaveThisMillisecondAsync();
        return member.PersonUrn;
    }

    /// <summary>The member closes their LinkedIn profile: every organization it was exported to lists it as purged.</summary>
    public async Task CloseProfileAsync(PersonUrn member, CancellationToken cancellationToken = default)
    {
        await emulator.CloseMemberProfileAsync(member, cancellationToken);
        await LeaveThisMillisecondAsync();
    }

    /// <summary>
    /// The emulator keeps nothing across runs, the ATS keeps everything: at start-up, LinkedIn's side is rebuilt from the
    /// ATS's records — connected customers with their organization, contracts and level (new credentials are saved),
    /// the recruiters' seats, the members the candidates are linked to. Customers never connected start onboarding again.
    /// Jobs and candidates are synced again by <see cref="SyncBackAsync"/>.
    /// </summary>
    public async Task RestoreAsync(CancellationToken cancellationToken = default)
    {
        await foreach (Customer customer in directory.ListAsync(cancellationToken))
        {
            if (customer.Organization is not { } organization)
            {
                await directory.SaveAsync(customer with { Credentials = null, PreviousCredentials = null, ApplicationUrn = null }, cancellationToken);
                continue;
            }

            EmulatedCustomer restored = await emulator.AddCustomerAsync(
                new EmulatedCustomerSetup
                {
                    Id = customer.CustomerId,
                    AccessLevel = customer.AccessLevel == AccessLevel.None ? null : customer.AccessLevel,
                    OrganizationUrn = organization,
                    ContractUrns = [.. customer.Contracts.Select(c => c.Urn)],
                    CallbackUrl = customer.CallbackUrl,
                },
                cancellationToken);
            await directory.SaveAsync(customer with { Credentials = restored.Credentials, PreviousCredentials = null, ApplicationUrn = restored.ApplicationUrn }, cancellationToken);
            foreach (AtsUser user in await store.ListUsersAsync(customer.CustomerId, cancellationToken))
            {
                string[] names = user.Name.Split(' ', 2);
                await emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = names[0], LastName = names.Length > 1 ? names[1] : "-", PersonUrn = user.Member }, cancellationToken);
                await emulator.AddSeatAsync(customer.Contracts[0].Urn, user.Member, names[0], names.Length > 1 ? names[1] : "-", seatUrn: user.Seat, cancellationToken: cancellationToken);
            }

            foreach (AtsWebCandidate candidate in await store.ListCandidatesAsync(customer.CustomerId, cancellationToken))
            {
                if (candidate.Member is { } member)
                {
                    await emulator.AddMemberAsync(
                        new EmulatedMemberSetup { FirstName = candidate.FirstName, LastName = candidate.LastName ?? "-", Headline = candidate.Headline, PersonUrn = member },
                        cancellationToken);
                }
            }
        }
    }

    /// <summary>Syncs a customer's open jobs and its candidates to LinkedIn (after a restart, or when a job is added).</summary>
    public static async Task SyncBackAsync(ICustomerClient client, AtsStore store, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        string customerId = client.Customer.CustomerId;
        foreach (AtsJob job in await store.ListJobsAsync(customerId, cancellationToken))
        {
            await SyncJobAsync(client, store, job, time, cancellationToken);
        }

        IReadOnlyList<AtsWebCandidate> candidates = await store.ListCandidatesAsync(customerId, cancellationToken);
        if (candidates.Count > 0)
        {
            await client.Candidates.UpsertAsync([.. candidates.Select(SampleExportHandler.ToLinkedIn)], cancellationToken);
        }
    }

    /// <summary>Sends a job to LinkedIn and waits for LinkedIn's job task (exports need a listed job).</summary>
    public static async Task<AtsJob> SyncJobAsync(ICustomerClient client, AtsStore store, AtsJob job, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(job);
        BatchResult<string> submitted = await client.Jobs.SubmitAsync(
            [new AtsJobPosting
            {
                ExternalJobPostingId = job.Id,
                Title = job.Title,
                Description = job.Title + " at " + job.CustomerId + ".",
                CompanyApplyUrl = new Uri("https://ats.sample.example/jobs/" + Uri.EscapeDataString(job.Id)),
                ListedAt = time.GetUtcNow().AddDays(-1),
                State = job.IsOpen ? JobPostingState.Listed : JobPostingState.Closed,
                Location = "Sunnyvale, CA",
            }],
            JobPostingOperation.Create,
            cancellationToken);
        bool synced = false;
        if (submitted.Results[0].ResourceId is { } task)
        {
            IReadOnlyList<JobPostingTask> tasks = await client.Jobs.WaitForTasksAsync([task], TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), cancellationToken);
            synced = tasks.Count == 1 && tasks[0].IsSuccess;
        }

        AtsJob saved = job with { IsSynced = synced };
        await store.SaveJobAsync(saved, cancellationToken);
        return saved;
    }

    public ValueTask DisposeAsync()
    {
        forwarder.Dispose();
        return emulator.DisposeAsync();
    }

    /// <summary>
    /// A person URN the emulator's own counter never makes: members restored after a restart keep theirs, so new ones
    /// must not collide with them.
    /// </summary>
    private static PersonUrn NewPerson() => PersonUrn.FromId("ats" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>
    /// The poller reads activity in [checkpoint, now) to the millisecond: what LinkedIn recorded in the millisecond a
    /// round starts belongs to the next round. An action returns once the clock has left its millisecond (at most 1 ms),
    /// so a poll started after it sees it.
    /// </summary>
    private static async Task LeaveThisMillisecondAsync()
    {
        long mark = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        while (TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() <= mark)
        {
            await Task.Yield();
        }
    }

    private static async Task WaitAnsweredAsync(EmulatorPush? push, CancellationToken cancellationToken)
    {
        if (push is not null)
        {
            await push.WaitForAttemptsAsync(1, cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
    }
}
