using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources;
using LinkedInRsc.Testing.Resources.ConversationEvents;
using LinkedInRsc.Testing.Resources.Exports;
using LinkedInRsc.Testing.Resources.MailStubs;
using LinkedInRsc.Testing.Resources.Members;
using LinkedInRsc.Testing.Resources.ProspectNotes;
using LinkedInRsc.Testing.Resources.Seats;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Testing.Tests.Resources;

public sealed class RecruiterActivityStoreTests
{
    private const string Contract = "urn:li:contract:900";
    private const string Person = "urn:li:person:ada";
    private FakeTimeProvider _time = null!;
    private EmulatorStores _stores = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        _stores = new EmulatorStores(_time);
        Members.Add(new MemberRecord(Person, "Ada", "Lovelace", ["ada@example.com"], "https://www.linkedin.com/in/ada", "Engineer", "London", ["Analytical Engines"]));
    }

    private MemberDirectory Members => _stores.Get<MemberDirectory>();

    private SeatStore Seats => _stores.Get<SeatStore>();

    private ConversationEventStore Conversations => _stores.Get<ConversationEventStore>();

    private MailStubStore MailStubs => _stores.Get<MailStubStore>();

    private ProspectNoteStore Notes => _stores.Get<ProspectNoteStore>();

    private ExportStore Exports => _stores.Get<ExportStore>();

    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    [Test]
    public void QuerySeats_NeedsStart_FiltersByState_AndPagesByTen()
    {
        for (var i = 0; i < 12; i++)
        {
            Seats.AddSeat(Contract, $"urn:li:person:r{i}", "R", $"{i}");
        }

        Seats.AddSeat(Contract, "urn:li:person:x", "X", "Y", "INACTIVE");

        var missingStart = Assert.Throws<ResourceRequestException>(() => Seats.QuerySeats([Contract], ["ACTIVE"], null, null));
        Assert.That(missingStart!.Message, Does.Contain("start"));

        var page = Seats.QuerySeats([Contract], ["ACTIVE"], 0, null);
        Assert.That((page.Elements.Count, page.Total, page.HasNext), Is.EqualTo((10, 12, true)));
        Assert.That(Seats.QuerySeats([Contract], ["INACTIVE"], 0, 5).Total, Is.EqualTo(1));
        Assert.That(Seats.QuerySeats([Contract], [], 10, 10).Elements, Has.Count.EqualTo(3));
        Assert.Throws<ResourceRequestException>(() => Seats.QuerySeats([Contract], ["GONE"], 0, 5));
    }

    [Test]
    public void ConversationEvents_NeedAViewerAndAWindowOfAtMostTwelveHours()
    {
        var seat = Seats.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        var sent = Conversations.SendInMail(seat.SeatUrn, Person, "Hello", "Interested?");
        _time.Advance(TimeSpan.FromHours(1));
        var (reply, stub) = Conversations.Reply(sent.ThreadUrn, "Yes", shareContactDetails: false);

        Assert.That(stub, Is.Null);
        Assert.Throws<ResourceRequestException>(() => Conversations.QueryConversationEvents(null, Now - 1000, Now + 1, null, 0, 10));
        var tooWide = Assert.Throws<ResourceRequestException>(() => Conversations.QueryConversationEvents(seat.SeatUrn, Now - (13 * 3_600_000L), Now, null, 0, 10));
        Assert.That(tooWide!.Message, Does.Contain("12"));

        var page = Conversations.QueryConversationEvents(seat.SeatUrn, Now - (2 * 3_600_000L), Now + 1, null, 0, 10);
        Assert.That(page.Elements.Select(e => e.Author), Is.EqualTo(new[] { seat.SeatUrn, Person }));
        Assert.That(page.Elements[1].ToJson()["recipients"]![0]!.GetValue<string>(), Is.EqualTo(seat.SeatUrn));

        var endExclusive = Conversations.QueryConversationEvents(seat.SeatUrn, Now - (2 * 3_600_000L), reply.CreatedAt.ToUnixTimeMilliseconds(), null, 0, 10);
        Assert.That(endExclusive.Total, Is.EqualTo(1));

        var otherSeat = Seats.AddSeat(Contract, "urn:li:person:r2", "R", "Two");
        Assert.That(Conversations.QueryConversationEvents(otherSeat.SeatUrn, Now - 3_600_000L * 2, Now + 1, null, 0, 10).Total, Is.Zero);
    }

    [Test]
    public void ShareContactDetails_CreatesAMailStub_FoundByContractAndDate()
    {
        var seat = Seats.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        var sent = Conversations.SendInMail(seat.SeatUrn, Person, "Hello", "Interested?");
        _time.Advance(TimeSpan.FromMinutes(5));
        var (_, stub) = Conversations.Reply(sent.ThreadUrn, "Yes", shareContactDetails: true, phoneNumber: "+1 555");

        Assert.That(stub!.ToJson()["emailAddress"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
        Assert.Throws<ResourceRequestException>(() => MailStubs.QueryMailStubs(null, [], null, null, 0, 10));
        Assert.That(MailStubs.QueryMailStubs(Contract, [seat.SeatUrn], null, null, 0, 10).Total, Is.EqualTo(1));
        Assert.That(MailStubs.QueryMailStubs(Contract, [], Now, Now + 1, 0, 10).Total, Is.EqualTo(1), "start inclusive");
        Assert.That(MailStubs.QueryMailStubs(Contract, [], Now - 10, Now, 0, 10).Total, Is.Zero, "end exclusive");
        Assert.That(MailStubs.QueryMailStubs("urn:li:contract:1", [], null, null, 0, 10).Total, Is.Zero);
    }

    [Test]
    public void MailStubs_SearchBeyondTheCap_IsAnError()
    {
        MailStubs.MailStubSearchCap = 1;
        var seat = Seats.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        for (var i = 0; i < 2; i++)
        {
            var sent = Conversations.SendInMail(seat.SeatUrn, Person, "Hello", "?");
            Conversations.Reply(sent.ThreadUrn, "Yes", shareContactDetails: true);
        }

        var error = Assert.Throws<ResourceRequestException>(() => MailStubs.QueryMailStubs(Contract, [], null, null, 0, 10));
        Assert.That(error!.Message, Does.Contain("owners"));
    }

    [Test]
    public void ProspectNotes_KeyedByLastModified_DeletedOnesShowInactive()
    {
        var seat = Seats.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        var note = Notes.WriteNote(seat.SeatUrn, Person, "Strong");
        var written = Now;
        _time.Advance(TimeSpan.FromHours(1));
        Notes.EditNote(note.Id, "Very strong");
        _time.Advance(TimeSpan.FromHours(1));
        Notes.DeleteNote(note.Id);

        Assert.Throws<ResourceRequestException>(() => Notes.QueryProspectNotes(null, [], null, null, 0, 10));
        Assert.That(Notes.QueryProspectNotes(Contract, [], written, written, 0, 10).Total, Is.Zero, "only the last-modified time counts");
        var page = Notes.QueryProspectNotes(Contract, [seat.SeatUrn], Now, Now, 0, 10);
        Assert.That(page.Elements.Single().ToJson()["active"]!.GetValue<bool>(), Is.False);
        Assert.That(page.Elements.Single().Note, Is.EqualTo("Very strong"));
        Assert.Throws<InvalidOperationException>(() => Notes.EditNote(note.Id, "again"));
    }

    [Test]
    public void Exports_FoundByRequestId_AndClosingAProfilePurgesItPerOrganization()
    {
        var member = Members.Find(Person)!;
        var export = Exports.Add("urn:li:organization:42", "JOB-1", "urn:li:seat:1", member, []);
        Exports.Add("urn:li:organization:43", "JOB-9", "urn:li:seat:2", member, ["ada@example.com"]);

        var found = Exports.FindByRequest(export.RequestId).Single().ToJson();
        Assert.That(found["integrationContext"]!.GetValue<string>(), Is.EqualTo("urn:li:organization:42"));
        Assert.That(found["candidate"]!["member"]!.GetValue<string>(), Is.EqualTo(Person));
        Assert.That(found["candidate"]!["emailAddresses"]!.AsArray(), Is.Empty);

        Assert.That(Exports.Purge(Person), Has.Count.EqualTo(2));
        Assert.That(Exports.Purge(Person), Is.Empty, "purging twice adds nothing");
        Assert.That(Exports.QueryPurged("urn:li:organization:42", 0, 10).Elements.Single().MemberUrn, Is.EqualTo(Person));
    }

    [Test]
    public void ToString_OfRecords_NeverShowsPersonalData()
    {
        var member = Members.Find(Person)!;
        Assert.That(member.ToString(), Does.Not.Contain("Ada").And.Not.Contain("ada@"));
        var seat = Seats.AddSeat(Contract, "urn:li:person:r1", "Rita", "Recruiter");
        Assert.That(seat.ToString(), Does.Not.Contain("Rita"));
    }
}
