using LinkedInRsc.Customers;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.RecruiterActivity;

[TestFixture]
public sealed class RecruiterActivityPollerTests
{
    private ActivityScenario _s = null!;

    [SetUp]
    public async Task SetUp() => _s = await ActivityScenario.StartAsync();

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    [Test]
    public async Task PollAllAsync_TwoContractLevelCustomers_DeliverInMailsNotesAndStubsExactlyOnceAcrossRounds()
    {
        EmulatedInMail toGrace = await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "Compilers at Acme", "Would you talk to us?");
        _s.Advance(TimeSpan.FromMinutes(10));
        await _s.Emulator.ReplyToInMailAsync(toGrace.ThreadUrn, "Happy to", shareContactDetails: true);
        EmulatedInMail fromBob = await _s.Emulator.SendInMailAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "Another role", "Also interested?");
        await _s.Emulator.ReplyToInMailAsync(fromBob.ThreadUrn, "Maybe later");
        EmulatedProspectNote adaNote = await _s.Emulator.WriteProspectNoteAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "Strong compiler background");
        EmulatedProspectNote bobNote = await _s.Emulator.WriteProspectNoteAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "Prefers remote");
        EmulatedProspectNote gone = await _s.Emulator.WriteProspectNoteAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "Written by mistake");
        await _s.Emulator.DeleteProspectNoteAsync(gone.Id);
        EmulatedInMail toAlan = await _s.Emulator.SendInMailAsync(_s.Cy.SeatUrn, _s.Alan.PersonUrn, "Cryptography", "Hello Alan");
        await _s.Emulator.ReplyToInMailAsync(toAlan.ThreadUrn, "Tell me more", shareContactDetails: true);
        _s.Advance(TimeSpan.FromHours(1));

        IReadOnlyList<RecruiterActivityReport> first = await _s.Poller.PollAllAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(r => r.CustomerId), Is.EqualTo(new[] { "acme", "globex" }));
            Assert.That(first.All(r => r.IsComplete), Is.True, string.Join("; ", first.SelectMany(r => r.Issues).Select(i => i.Message)));
            Assert.That(first[0].ByKind[RecruiterActivityKind.InMails].Delivered, Is.EqualTo(4));
            Assert.That(first[0].ByKind[RecruiterActivityKind.ProspectNotes].Delivered, Is.EqualTo(3), "two notes and one deletion");
            Assert.That(first[0].ByKind[RecruiterActivityKind.MailStubs].Delivered, Is.EqualTo(1));
            Assert.That(first[0].Seats, Is.EqualTo(2));
            Assert.That(first[0].NextDueAt, Is.EqualTo(first[0].StartedAt + TimeSpan.FromHours(2)));
            Assert.That(_s.AcmeAts.InMails, Has.Count.EqualTo(4));
            Assert.That(_s.AcmeAts.NotesFor(_s.Grace.PersonUrn).Select(n => (n.NoteId, n.Author, n.Text)), Is.EquivalentTo(new[]
            {
                (adaNote.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Ada Recruiter", (string?)"Strong compiler background"),
                (bobNote.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Bob Sourcer", (string?)"Prefers remote"),
            }));
            Assert.That(_s.AcmeAts.TalentPool().Select(c => (c.FirstName, c.LastName, c.Email, c.Member)), Is.EqualTo(new[] { ("Grace", (string?)"Hopper", (string?)"grace@navy.example", (PersonUrn?)_s.Grace.PersonUrn) }));
            Assert.That(_s.GlobexAts.TalentPool().Select(c => (c.FirstName, c.Email, c.Member)), Is.EqualTo(new[] { ("Alan", (string?)null, (PersonUrn?)_s.Alan.PersonUrn) }), "Alan shared no e-mail address");
            Assert.That(_s.GlobexAts.InMails, Has.Count.EqualTo(2), "globex sees only its own seat's conversations");
            Assert.That(_s.Emulator.GetSyncedData(_s.Acme.OrganizationUrn!.Value).Candidates.Select(c => c.ManualMatchedMemberUrn), Is.EqualTo(new PersonUrn?[] { _s.Grace.PersonUrn }), "the stub candidate is synced back with the member attached");
            Assert.That(_s.Emulator.GetSyncedData(_s.Globex.OrganizationUrn!.Value).Candidates.Select(c => c.ManualMatchedMemberUrn), Is.EqualTo(new PersonUrn?[] { _s.Alan.PersonUrn }));
        });

        // Round 2: Ada edits her note, Bob deletes his; nothing else happened.
        await _s.Emulator.EditProspectNoteAsync(adaNote.Id, "Strong compiler background; knows COBOL");
        await _s.Emulator.DeleteProspectNoteAsync(bobNote.Id);
        _s.Advance(TimeSpan.FromHours(2));
        IReadOnlyList<RecruiterActivityReport> second = await _s.Poller.PollAllAsync();
        _s.Advance(TimeSpan.FromHours(2));
        IReadOnlyList<RecruiterActivityReport> third = await _s.Poller.PollAllAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second[0].ByKind[RecruiterActivityKind.ProspectNotes].Delivered, Is.EqualTo(2), "the edit and the deletion");
            Assert.That(second.Sum(r => r.Totals.Delivered), Is.EqualTo(2));
            Assert.That(third.Sum(r => r.Totals.Delivered), Is.Zero, "nothing new, nothing again");
            Assert.That(_s.AcmeAts.NotesFor(_s.Grace.PersonUrn).Select(n => (n.Author, n.Text)), Is.EqualTo(new[] { ("Ada Recruiter", (string?)"Strong compiler background; knows COBOL") }));
            Assert.That(_s.AcmeAts.InMails, Has.Count.EqualTo(4));
            Assert.That(_s.AcmeAts.TalentPool(), Has.Count.EqualTo(1));
            Assert.That(_s.AcmeAts.Deliveries.Values.Concat(_s.GlobexAts.Deliveries.Values), Is.All.EqualTo(1), "every item was handed over exactly once");
        });
    }

    [Test]
    public async Task PollAsync_CrashBetweenDeliveryAndCheckpoint_RedeliversThatWindowOnceAndTheAtsKeepsOneCopy()
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync(services: sv => sv.AddSingleton<IRecruiterActivityCheckpointStore>(new CrashOnceCheckpointStore(RecruiterActivityKind.InMails)));
        EmulatedInMail sent = await s.Emulator.SendInMailAsync(s.Ada.SeatUrn, s.Grace.PersonUrn, "Hello", "Interested?");
        await s.Emulator.ReplyToInMailAsync(sent.ThreadUrn, "Yes");
        s.Advance(TimeSpan.FromHours(1));

        RecruiterActivityReport crashed = await s.Poller.PollAsync("acme");
        int afterCrash = s.AcmeAts.InMails.Count;
        s.Advance(TimeSpan.FromHours(2));
        RecruiterActivityReport resumed = await s.Poller.PollAsync("acme");
        s.Advance(TimeSpan.FromHours(2));
        RecruiterActivityReport settled = await s.Poller.PollAsync("acme");

        Assert.Multiple(() =>
        {
            Assert.That(crashed.Issues.Select(i => (i.Seat, i.Kind)), Is.EqualTo(new[] { ((SeatUrn?)s.Ada.SeatUrn, RecruiterActivityKind.InMails) }));
            Assert.That(crashed.Issues[0].Message, Does.Contain("InvalidOperationException").And.Not.Contain("simulated"), "a host's exception message is not copied into the report");
            Assert.That(afterCrash, Is.EqualTo(2), "delivered before the crash");
            Assert.That(resumed.ByKind[RecruiterActivityKind.InMails].Delivered, Is.EqualTo(2), "the window without a checkpoint is handed over again");
            Assert.That(settled.Totals.Delivered, Is.Zero);
            Assert.That(s.AcmeAts.InMails, Has.Count.EqualTo(2), "the ATS keeps one copy of each message");
            Assert.That(s.AcmeAts.Deliveries.Where(d => d.Key.StartsWith("inmail:", StringComparison.Ordinal)).Select(d => d.Value), Is.EqualTo(new[] { 2, 2 }), "re-delivered at most once");
        });
    }

    [Test]
    public async Task PollAsync_FailingSeat_IsRetriedNextRoundWithoutLosingTheOthersProgress()
    {
        await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "Hello", "From Ada");
        await _s.Emulator.SendInMailAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "Hello", "From Bob");
        await _s.Emulator.WriteProspectNoteAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "Bob's note");
        await _s.Emulator.FailSeatAsync(_s.Bob.SeatUrn);
        _s.Advance(TimeSpan.FromHours(1));

        RecruiterActivityReport first = await _s.Poller.PollAsync("acme");
        await _s.Emulator.RestoreSeatAsync(_s.Bob.SeatUrn);
        await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Linus.PersonUrn, "Kernels", "From Ada again");
        _s.Advance(TimeSpan.FromHours(2));
        RecruiterActivityReport second = await _s.Poller.PollAsync("acme");

        Assert.Multiple(() =>
        {
            Assert.That(first.Issues.Select(i => (i.Seat, i.Kind, i.StatusCode)), Is.EquivalentTo(new[]
            {
                ((SeatUrn?)_s.Bob.SeatUrn, RecruiterActivityKind.InMails, (System.Net.HttpStatusCode?)System.Net.HttpStatusCode.InternalServerError),
                ((SeatUrn?)_s.Bob.SeatUrn, RecruiterActivityKind.ProspectNotes, (System.Net.HttpStatusCode?)System.Net.HttpStatusCode.InternalServerError),
                ((SeatUrn?)_s.Bob.SeatUrn, RecruiterActivityKind.MailStubs, (System.Net.HttpStatusCode?)System.Net.HttpStatusCode.InternalServerError),
            }));
            Assert.That(first.ByKind[RecruiterActivityKind.InMails].Delivered, Is.EqualTo(1), "Ada's InMail got through");
            Assert.That(second.IsComplete, Is.True);
            Assert.That(second.ByKind[RecruiterActivityKind.InMails].Delivered, Is.EqualTo(2), "Bob's old InMail and Ada's new one; not Ada's first again");
            Assert.That(second.ByKind[RecruiterActivityKind.ProspectNotes].Delivered, Is.EqualTo(1), "Bob's note");
            Assert.That(_s.AcmeAts.InMails.Select(e => e.Content?.Body), Is.EqualTo(new[] { "From Ada", "From Bob", "From Ada again" }));
            Assert.That(_s.AcmeAts.Deliveries.Values, Is.All.EqualTo(1));
        });
    }

    [Test]
    public async Task InMailHistory_TwoUsers_SeeTheirOwnConversationInFullAndTheOtherOnlyAsWhoAndWhen()
    {
        EmulatedInMail ada = await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "From Ada", "Ada's secret pitch");
        _s.Advance(TimeSpan.FromMinutes(5));
        await _s.Emulator.ReplyToInMailAsync(ada.ThreadUrn, "Reply to Ada");
        _s.Advance(TimeSpan.FromMinutes(5));
        EmulatedInMail bob = await _s.Emulator.SendInMailAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "From Bob", "Bob's secret pitch");
        _s.Advance(TimeSpan.FromHours(1));
        await _s.Poller.PollAsync("acme");
        _s.AcmeAts.MapUser("u-ada", _s.Ada.SeatUrn);
        _s.AcmeAts.MapUser("u-bob", _s.Bob.SeatUrn);
        _s.AcmeAts.MapUser("u-carol", null);

        InMailHistory forAda = _s.AcmeAts.InMailHistoryFor("u-ada", _s.Grace.PersonUrn);
        InMailHistory forBob = _s.AcmeAts.InMailHistoryFor("u-bob", _s.Grace.PersonUrn);
        InMailHistory forCarol = _s.AcmeAts.InMailHistoryFor("u-carol", _s.Grace.PersonUrn);

        Assert.Multiple(() =>
        {
            Assert.That(forAda.OwnMessages.Select(m => (m.Direction, m.Content?.Body)), Is.EqualTo(new[] { (InMailDirection.FromRecruiter, (string?)"Ada's secret pitch"), (InMailDirection.FromMember, (string?)"Reply to Ada") }));
            Assert.That(forAda.OtherRecruiters, Is.EqualTo(new[] { new InMailExchange(_s.Bob.SeatUrn, bob.CreatedAt, bob.CreatedAt, 1) }), "Bob's conversation: who and when only");
            Assert.That(forBob.OwnMessages.Select(m => m.Content?.Body), Is.EqualTo(new[] { "Bob's secret pitch" }));
            Assert.That(forBob.OtherRecruiters, Is.EqualTo(new[] { new InMailExchange(_s.Ada.SeatUrn, ada.CreatedAt, ada.CreatedAt.AddMinutes(5), 1) }));
            Assert.That(forCarol.OwnMessages, Is.Empty, "a user without a seat sees no messages");
            Assert.That(forCarol.OtherRecruiters.Select(o => o.Seat), Is.EqualTo(new[] { _s.Bob.SeatUrn, _s.Ada.SeatUrn }), "most recent first");
        });
    }

    [Test]
    public async Task PollAsync_StubOfAMemberSeenAgain_UpdatesTheCandidateAndKeepsAKnownEmail()
    {
        // The ATS already knows Linus (with an e-mail address) as linked to his member; Grace shares twice.
        _s.AcmeAts.AddCandidate(new SampleCandidate { Id = "ats-7", FirstName = "Linus", LastName = "Torvalds", EmailAddresses = ["linus@ats.example"], Member = _s.Linus.PersonUrn, CreatedAt = _s.Time.GetUtcNow(), ModifiedAt = _s.Time.GetUtcNow() });
        EmulatedInMail toLinus = await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Linus.PersonUrn, "Hi", "Hi Linus");
        await _s.Emulator.ReplyToInMailAsync(toLinus.ThreadUrn, "Sure", shareContactDetails: true, emailAddress: null);
        EmulatedInMail toGrace = await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "Hi", "Hi Grace");
        await _s.Emulator.ReplyToInMailAsync(toGrace.ThreadUrn, "Ok", shareContactDetails: true);
        _s.Advance(TimeSpan.FromHours(1));
        await _s.Poller.PollAsync("acme");
        EmulatedInMail again = await _s.Emulator.SendInMailAsync(_s.Bob.SeatUrn, _s.Grace.PersonUrn, "Hi", "Hi again");
        await _s.Emulator.ReplyToInMailAsync(again.ThreadUrn, "Ok", shareContactDetails: true, emailAddress: "grace@home.example");
        _s.Advance(TimeSpan.FromHours(2));

        RecruiterActivityReport second = await _s.Poller.PollAsync("acme");

        Assert.Multiple(() =>
        {
            Assert.That(second.ByKind[RecruiterActivityKind.MailStubs].Delivered, Is.EqualTo(1));
            Assert.That(_s.AcmeAts.Candidates.Select(c => (c.Id, c.Email, c.Member)), Is.EquivalentTo(new[]
            {
                ("ats-7", (string?)"linus@kernel.example", (PersonUrn?)_s.Linus.PersonUrn),
                ("li-1", (string?)"grace@home.example", (PersonUrn?)_s.Grace.PersonUrn),
            }), "one candidate per member; the shared address replaces the known one");
            Assert.That(_s.Emulator.GetSyncedData(_s.Acme.OrganizationUrn!.Value).Candidates.Select(c => (c.AtsCandidateId, c.ManualMatchedMemberUrn)), Is.EquivalentTo(new[]
            {
                ("ats-7", (PersonUrn?)_s.Linus.PersonUrn),
                ("li-1", (PersonUrn?)_s.Grace.PersonUrn),
            }));
        });
    }

    [Test]
    public async Task PollAsync_CompanyLevelCustomer_IsRefusedWithoutARequest()
    {
        await _s.H.AddSdkCustomerAsync("initech", AccessLevel.Company);
        string initech = _s.H.Client.Customer.Credentials!.ClientId;
        _s.Emulator.Journal.Clear();

        var refused = Assert.ThrowsAsync<FeatureNotEnabledException>(() => _s.Poller.PollAsync("initech"));
        IReadOnlyList<RecruiterActivityReport> all = await _s.Poller.PollAllAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused!.CustomerId, Is.EqualTo("initech"));
            Assert.That(refused.RequiredLevel, Is.EqualTo(AccessLevel.Contract));
            Assert.That(all.Select(r => r.CustomerId), Is.EqualTo(new[] { "acme", "globex" }), "the company-level customer is left out of the round");
            Assert.That(_s.Emulator.Journal.Entries.Where(e => e.ClientId == initech), Is.Empty, "nothing was sent for it");
        });
    }

    [Test]
    public async Task PollAllAsync_SeatsOfOneCustomerCannotBeListed_ReportsItAndTheOtherCustomerGoesOn()
    {
        await _s.Emulator.SendInMailAsync(_s.Cy.SeatUrn, _s.Alan.PersonUrn, "Hello", "Hi Alan");
        _s.Advance(TimeSpan.FromHours(1));
        _s.Emulator.Faults.FailNext("/v2/seatsV2", System.Net.HttpStatusCode.ServiceUnavailable);

        IReadOnlyList<RecruiterActivityReport> reports = await _s.Poller.PollAllAsync();

        Assert.Multiple(() =>
        {
            Assert.That(reports[0].Issues.Select(i => (i.Contract, i.Seat, i.Kind, i.StatusCode, i.IsTransient)), Is.EqualTo(new[]
            {
                (_s.Acme.ContractUrns[0], (SeatUrn?)null, RecruiterActivityKind.Seats, (System.Net.HttpStatusCode?)System.Net.HttpStatusCode.ServiceUnavailable, true),
            }), "acme is polled first and its seat list failed");
            Assert.That(reports[1].IsComplete, Is.True);
            Assert.That(_s.GlobexAts.InMails, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task PollAsync_Progress_IsReportedAfterEveryWindowWithItsNewCheckpoint()
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync(o => o.Window = TimeSpan.FromHours(6));
        await s.Emulator.SendInMailAsync(s.Ada.SeatUrn, s.Grace.PersonUrn, "Hello", "Hi");
        s.Advance(TimeSpan.FromHours(1));
        var progress = new Collected<RecruiterActivityProgress>();

        RecruiterActivityReport report = await s.Poller.PollAsync("acme", progress);

        DateTimeOffset now = report.StartedAt;
        Assert.Multiple(() =>
        {
            Assert.That(progress.Items, Has.Count.EqualTo(12), "two windows of 6 hours, three kinds, two seats");
            Assert.That(progress.Items.Where(p => p.Seat == s.Ada.SeatUrn && p.Kind == RecruiterActivityKind.InMails).Select(p => p.Through), Is.EqualTo(new[] { now.AddHours(-6), now }));
            Assert.That(progress.Items[^1].Totals.Delivered, Is.EqualTo(report.Totals.Delivered));
        });
    }

    /// <summary>Collects progress reports as they come, on the reporting thread.</summary>
    private sealed class Collected<T> : IProgress<T>
    {
        public List<T> Items { get; } = [];

        public void Report(T value) => Items.Add(value);
    }

    /// <summary>A checkpoint store that fails its first save of one kind: the process "crashed" after delivering the window.</summary>
    private sealed class CrashOnceCheckpointStore(RecruiterActivityKind kind) : IRecruiterActivityCheckpointStore
    {
        private readonly InMemoryRecruiterActivityCheckpointStore _inner = new();
        private int _crashed;

        public ValueTask<RecruiterActivityCheckpoint?> GetAsync(RecruiterActivityCheckpointKey key, CancellationToken cancellationToken = default) => _inner.GetAsync(key, cancellationToken);

        public ValueTask SaveAsync(RecruiterActivityCheckpointKey key, RecruiterActivityCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
            key.Kind == kind && Interlocked.Exchange(ref _crashed, 1) == 0
                ? throw new InvalidOperationException("simulated crash before the checkpoint")
                : _inner.SaveAsync(key, checkpoint, cancellationToken);
    }
}
