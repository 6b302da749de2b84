using System.Globalization;
using System.Net;
using LinkedInRsc.Customers;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.RecruiterActivity;

[TestFixture]
public sealed class RecruiterActivityClientTests
{
    private ActivityScenario _s = null!;

    private IRecruiterActivityClient Client => _s.AcmeClient.RecruiterActivity;

    [SetUp]
    public async Task SetUp() => _s = await ActivityScenario.StartAsync();

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    [Test]
    public async Task ListConversationEventsAsync_RangeOverTwelveHours_IsSplitIntoWindowsOfAtMostTwelveHours()
    {
        DateTimeOffset start = _s.Time.GetUtcNow();
        EmulatedInMail early = await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "One", "First");
        _s.Advance(TimeSpan.FromHours(13));
        await _s.Emulator.ReplyToInMailAsync(early.ThreadUrn, "Second");
        _s.Advance(TimeSpan.FromHours(13));
        await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Linus.PersonUrn, "Three", "Third");
        _s.Advance(TimeSpan.FromHours(1));
        _s.Emulator.Journal.Clear();

        List<ConversationEvent> events = await ToListAsync(Client.ListConversationEventsAsync(_s.Ada.SeatUrn, start, start.AddHours(30)));

        (long Start, long End)[] windows = [.. _s.Emulator.Journal.For("/v2/conversationEvents").Select(e => (Field(e.Query["timeRange"], "start"), Field(e.Query["timeRange"], "end")))];
        long s0 = start.ToUnixTimeMilliseconds();
        const long hour = 3_600_000;
        Assert.Multiple(() =>
        {
            Assert.That(windows, Is.EqualTo(new[] { (s0, s0 + (12 * hour)), (s0 + (12 * hour), s0 + (24 * hour)), (s0 + (24 * hour), s0 + (30 * hour)) }));
            Assert.That(events.Select(e => e.Content?.Body), Is.EqualTo(new[] { "First", "Second", "Third" }));
            Assert.That(events.Select(e => e.Viewer), Is.All.EqualTo(_s.Ada.SeatUrn));
            Assert.That(events.Select(e => e.Direction), Is.EqualTo(new[] { InMailDirection.FromRecruiter, InMailDirection.FromMember, InMailDirection.FromRecruiter }));
            Assert.That(events[1].Member, Is.EqualTo(_s.Grace.PersonUrn));
        });
    }

    [Test]
    public async Task ListProspectNotesAsync_EditAndDeletion_ArriveAsVersionsOfTheSameNote()
    {
        DateTimeOffset start = _s.Time.GetUtcNow();
        EmulatedProspectNote note = await _s.Emulator.WriteProspectNoteAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "First");
        _s.Advance(TimeSpan.FromHours(1));
        List<ProspectNote> written = await ToListAsync(Client.ListProspectNotesAsync(_s.Acme.ContractUrns[0], null, start, _s.Time.GetUtcNow()));
        await _s.Emulator.EditProspectNoteAsync(note.Id, "Edited");
        _s.Advance(TimeSpan.FromMinutes(1));
        await _s.Emulator.DeleteProspectNoteAsync(note.Id);
        _s.Advance(TimeSpan.FromMinutes(1));

        List<ProspectNote> later = await ToListAsync(Client.ListProspectNotesAsync(_s.Acme.ContractUrns[0], [_s.Ada.SeatUrn], start.AddHours(1), _s.Time.GetUtcNow()));

        Assert.Multiple(() =>
        {
            Assert.That(written.Select(n => (n.Id, n.Text, n.IsActive, n.Owner, n.Member)), Is.EqualTo(new[] { (note.Id.ToString(CultureInfo.InvariantCulture), (string?)"First", true, (SeatUrn?)_s.Ada.SeatUrn, (PersonUrn?)_s.Grace.PersonUrn) }));
            Assert.That(later, Has.Count.EqualTo(1));
            Assert.That(later[0].IsActive, Is.False, "the deletion is the latest version");
            Assert.That(later[0].Supersedes(written[0]), Is.True);
            Assert.That(written[0].Supersedes(later[0]), Is.False);
        });
    }

    [Test]
    public async Task Methods_CompanyLevelCustomer_AreRefusedBeforeAnyRequest()
    {
        await _s.H.AddSdkCustomerAsync("initech", AccessLevel.Company);
        IRecruiterActivityClient client = _s.H.Client.RecruiterActivity;
        ContractUrn contract = _s.H.Client.Customer.Contracts[0].Urn;
        DateTimeOffset now = _s.Time.GetUtcNow();
        _s.Emulator.Journal.Clear();

        Assert.Multiple(() =>
        {
            Assert.Throws<FeatureNotEnabledException>(() => client.ListSeatsAsync(contract));
            Assert.Throws<FeatureNotEnabledException>(() => client.ListLegacySeatsAsync(contract));
            Assert.Throws<FeatureNotEnabledException>(() => client.ListConversationEventsAsync(_s.Ada.SeatUrn, now.AddHours(-1), now));
            Assert.Throws<FeatureNotEnabledException>(() => client.ListProspectNotesAsync(contract, null, now.AddHours(-1), now));
            var stubs = Assert.Throws<FeatureNotEnabledException>(() => client.ListMailStubsAsync(contract, null, null, null));
            Assert.That(stubs!.Feature, Is.EqualTo(Features.InMailStubProfiles));
            Assert.That(_s.Emulator.Journal.Entries, Is.Empty, "nothing was sent");
        });
    }

    [Test]
    public void Methods_MissingOrBadParameters_AreRefusedBeforeAnyRequest()
    {
        DateTimeOffset now = _s.Time.GetUtcNow();
        ContractUrn foreign = _s.Globex.ContractUrns[0];
        _s.Emulator.Journal.Clear();

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => Client.ListConversationEventsAsync(default, now.AddHours(-1), now))!.ParamName, Is.EqualTo("viewer"));
            Assert.That(Assert.Throws<ArgumentException>(() => Client.ListConversationEventsAsync(_s.Ada.SeatUrn, now, now))!.ParamName, Is.EqualTo("endTime"));
            Assert.That(Assert.Throws<ArgumentOutOfRangeException>(() => Client.ListConversationEventsAsync(_s.Ada.SeatUrn, DateTimeOffset.UnixEpoch, now))!.ParamName, Is.EqualTo("startTime"));
            Assert.That(Assert.Throws<ArgumentException>(() => Client.ListProspectNotesAsync(foreign, null, now.AddHours(-1), now))!.Message, Does.Contain("not a contract-level contract of customer 'acme'"));
            Assert.That(Assert.Throws<ArgumentException>(() => Client.ListSeatsAsync(default))!.ParamName, Is.EqualTo("contract"));
            Assert.That(Assert.Throws<ArgumentException>(() => Client.ListMailStubsAsync(_s.Acme.ContractUrns[0], [default], null, null))!.ParamName, Is.EqualTo("owners"));
            Assert.That(Assert.Throws<ArgumentException>(() => Client.ListMailStubsAsync(_s.Acme.ContractUrns[0], null, now, null))!.ParamName, Is.EqualTo("endTime"));
            Assert.That(_s.Emulator.Journal.Entries, Is.Empty, "nothing was sent");
        });
    }

    [Test]
    public async Task ListSeatsAsync_SeatsV2NotFound_FallsBackToTheLegacyFinder()
    {
        List<Seat> current = await ToListAsync(Client.ListSeatsAsync(_s.Acme.ContractUrns[0], [SeatState.Active]));
        _s.Emulator.Faults.FailNext("/v2/seatsV2", HttpStatusCode.NotFound);
        _s.Emulator.Journal.Clear();

        List<Seat> legacy = await ToListAsync(Client.ListSeatsAsync(_s.Acme.ContractUrns[0], [SeatState.Active]));

        Assert.Multiple(() =>
        {
            Assert.That(current.Select(s => (s.Urn, s.Member, s.FirstName, s.State)), Is.EqualTo(new[]
            {
                (_s.Ada.SeatUrn, (PersonUrn?)_s.Ada.MemberUrn, (string?)"Ada", SeatState.Active),
                (_s.Bob.SeatUrn, (PersonUrn?)_s.Bob.MemberUrn, (string?)"Bob", SeatState.Active),
            }));
            Assert.That(legacy.Select(s => (s.Urn, s.Member, s.Contract, s.State)), Is.EqualTo(current.Select(s => (s.Urn, s.Member, s.Contract, s.State))));
            Assert.That(_s.Emulator.Journal.Entries.Select(e => (e.Path, e.StatusCode)), Is.EqualTo(new[] { ("/v2/seatsV2", (HttpStatusCode?)HttpStatusCode.NotFound), ("/v2/seats", (HttpStatusCode?)HttpStatusCode.OK) }));
            Assert.That(_s.Emulator.Journal.Entries[1].Query["active"].AsString(), Is.EqualTo("true"));
        });
    }

    [Test]
    public async Task ListMailStubsAsync_StubsOfTheOwnersSeats_CarryTheSharedContactDetails()
    {
        DateTimeOffset start = _s.Time.GetUtcNow();
        EmulatedInMail sent = await _s.Emulator.SendInMailAsync(_s.Ada.SeatUrn, _s.Grace.PersonUrn, "Hi", "Hi");
        await _s.Emulator.ReplyToInMailAsync(sent.ThreadUrn, "Yes", shareContactDetails: true, phoneNumber: "+1 555 0100");
        EmulatedInMail other = await _s.Emulator.SendInMailAsync(_s.Bob.SeatUrn, _s.Linus.PersonUrn, "Hi", "Hi");
        await _s.Emulator.ReplyToInMailAsync(other.ThreadUrn, "Yes", shareContactDetails: true);
        _s.Advance(TimeSpan.FromMinutes(1));

        List<MailStub> stubs = await ToListAsync(Client.ListMailStubsAsync(_s.Acme.ContractUrns[0], [_s.Ada.SeatUrn], start, _s.Time.GetUtcNow()));

        Assert.That(stubs.Select(s => (s.Member, s.Owner, s.FirstName, s.LastName, s.PhoneNumber, string.Join(",", s.EmailAddresses))), Is.EqualTo(new[]
        {
            (_s.Grace.PersonUrn, (SeatUrn?)_s.Ada.SeatUrn, (string?)"Grace", (string?)"Hopper", (string?)"+1 555 0100", "grace@navy.example"),
        }));
    }

    [Test]
    public async Task ListConversationEventsAsync_MoreRequestsThanTheSeatsRate_WaitsForTheQuotaOnTheClock()
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync(o => o.RequestsPerSeatPerMinute = 2);
        DateTimeOffset now = s.Time.GetUtcNow();
        var quotas = s.H.Services.GetRequiredService<RecruiterActivityQuotas>();
        s.Emulator.Journal.Clear();

        // Three windows of 12 hours: three requests for one seat, two allowed a minute.
        Task<List<ConversationEvent>> read = ToListAsync(s.AcmeClient.RecruiterActivity.ListConversationEventsAsync(s.Ada.SeatUrn, now.AddHours(-36), now));
        for (int spins = 0; quotas.QueuedFor(s.AcmeClient.Customer, s.Ada.SeatUrn) == 0 && !read.IsCompleted; spins++)
        {
            Assert.That(spins, Is.LessThan(1_000_000), "the third request never queued for the seat's quota");
            await Task.Yield();
        }

        bool completedWithoutTime = read.IsCompleted;
        s.Advance(TimeSpan.FromSeconds(65));
        await read;

        DateTimeOffset[] sent = [.. s.Emulator.Journal.For("/v2/conversationEvents").Select(e => e.Timestamp)];
        Assert.Multiple(() =>
        {
            Assert.That(completedWithoutTime, Is.False, "the third request waited");
            Assert.That(sent, Has.Length.EqualTo(3));
            Assert.That(sent[..2], Is.All.EqualTo(now));
            Assert.That(sent[2] - now, Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes(1)), "sent once the minute had passed on the clock");
        });
    }

    private static long Field(RestLiValue record, string name) =>
        record.TryGetField(name, out RestLiValue? value) ? long.Parse(value.AsString(), CultureInfo.InvariantCulture) : -1;

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
