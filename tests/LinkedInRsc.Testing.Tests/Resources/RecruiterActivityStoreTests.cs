using LinkedInRsc.Testing.Resources;
using LinkedInRsc.Testing.Resources.Members;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Testing.Tests.Resources;

public sealed class RecruiterActivityStoreTests
{
    private const string Contract = "urn:li:contract:900";
    private const string Person = "urn:li:person:ada";
    private FakeTimeProvider _time = null!;
    private ResourceState _state = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        _state = new ResourceState(_time);
        _state.Members.Add(new MemberRecord(Person, "Ada", "Lovelace", ["ada@example.com"], "https://www.linkedin.com/in/ada", "Engineer", "London", ["Analytical Engines"]));
    }

    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    [Test]
    public void SeatsV2_requires_start_filters_by_state_and_pages_by_ten()
    {
        for (var i = 0; i < 12; i++)
        {
            _state.Activity.AddSeat(Contract, $"urn:li:person:r{i}", "R", $"{i}");
        }

        _state.Activity.AddSeat(Contract, "urn:li:person:x", "X", "Y", "INACTIVE");

        var missingStart = Assert.Throws<ResourceRequestException>(() => _state.Activity.QuerySeats([Contract], ["ACTIVE"], null, null));
        Assert.That(missingStart!.Message, Does.Contain("start"));

        var page = _state.Activity.QuerySeats([Contract], ["ACTIVE"], 0, null);
        Assert.That((page.Elements.Count, page.Total, page.HasNext), Is.EqualTo((10, 12, true)));
        Assert.That(_state.Activity.QuerySeats([Contract], ["INACTIVE"], 0, 5).Total, Is.EqualTo(1));
        Assert.That(_state.Activity.QuerySeats([Contract], [], 10, 10).Elements, Has.Count.EqualTo(3));
        Assert.Throws<ResourceRequestException>(() => _state.Activity.QuerySeats([Contract], ["GONE"], 0, 5));
    }

    [Test]
    public void Conversation_events_need_a_viewer_and_a_window_of_at_most_twelve_hours()
    {
        var seat = _state.Activity.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        var sent = _state.Activity.SendInMail(seat.SeatUrn, Person, "Hello", "Interested?");
        _time.Advance(TimeSpan.FromHours(1));
        var (reply, stub) = _state.Activity.Reply(sent.ThreadUrn, "Yes", shareContactDetails: false);

        Assert.That(stub, Is.Null);
        Assert.Throws<ResourceRequestException>(() => _state.Activity.QueryConversationEvents(null, Now - 1000, Now + 1, null, 0, 10));
        var tooWide = Assert.Throws<ResourceRequestException>(() => _state.Activity.QueryConversationEvents(seat.SeatUrn, Now - (13 * 3_600_000L), Now, null, 0, 10));
        Assert.That(tooWide!.Message, Does.Contain("12"));

        var page = _state.Activity.QueryConversationEvents(seat.SeatUrn, Now - (2 * 3_600_000L), Now + 1, null, 0, 10);
        Assert.That(page.Elements.Select(e => e.Author), Is.EqualTo(new[] { seat.SeatUrn, Person }));
        Assert.That(page.Elements[1].ToJson()["recipients"]![0]!.GetValue<string>(), Is.EqualTo(seat.SeatUrn));

        var endExclusive = _state.Activity.QueryConversationEvents(seat.SeatUrn, Now - (2 * 3_600_000L), reply.CreatedAt.ToUnixTimeMilliseconds(), null, 0, 10);
        Assert.That(endExclusive.Total, Is.EqualTo(1));

        var otherSeat = _state.Activity.AddSeat(Contract, "urn:li:person:r2", "R", "Two");
        Assert.That(_state.Activity.QueryConversationEvents(otherSeat.SeatUrn, Now - 3_600_000L * 2, Now + 1, null, 0, 10).Total, Is.Zero);
    }

    [Test]
    public void Sharing_contact_details_creates_a_mail_stub_found_by_contract_and_date()
    {
        var seat = _state.Activity.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        var sent = _state.Activity.SendInMail(seat.SeatUrn, Person, "Hello", "Interested?");
        _time.Advance(TimeSpan.FromMinutes(5));
        var (_, stub) = _state.Activity.Reply(sent.ThreadUrn, "Yes", shareContactDetails: true, phoneNumber: "+1 555");

        Assert.That(stub!.ToJson()["emailAddress"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
        Assert.Throws<ResourceRequestException>(() => _state.Activity.QueryMailStubs(null, [], null, null, 0, 10));
        Assert.That(_state.Activity.QueryMailStubs(Contract, [seat.SeatUrn], null, null, 0, 10).Total, Is.EqualTo(1));
        Assert.That(_state.Activity.QueryMailStubs(Contract, [], Now, Now + 1, 0, 10).Total, Is.EqualTo(1), "start inclusive");
        Assert.That(_state.Activity.QueryMailStubs(Contract, [], Now - 10, Now, 0, 10).Total, Is.Zero, "end exclusive");
        Assert.That(_state.Activity.QueryMailStubs("urn:li:contract:1", [], null, null, 0, 10).Total, Is.Zero);
    }

    [Test]
    public void Mail_stub_search_beyond_the_cap_is_an_error()
    {
        _state.Activity.MailStubSearchCap = 1;
        var seat = _state.Activity.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        for (var i = 0; i < 2; i++)
        {
            var sent = _state.Activity.SendInMail(seat.SeatUrn, Person, "Hello", "?");
            _state.Activity.Reply(sent.ThreadUrn, "Yes", shareContactDetails: true);
        }

        var error = Assert.Throws<ResourceRequestException>(() => _state.Activity.QueryMailStubs(Contract, [], null, null, 0, 10));
        Assert.That(error!.Message, Does.Contain("owners"));
    }

    [Test]
    public void Prospect_notes_are_keyed_by_last_modified_and_deleted_ones_show_inactive()
    {
        var seat = _state.Activity.AddSeat(Contract, "urn:li:person:r1", "R", "One");
        var note = _state.Activity.WriteNote(seat.SeatUrn, Person, "Strong");
        var written = Now;
        _time.Advance(TimeSpan.FromHours(1));
        _state.Activity.EditNote(note.Id, "Very strong");
        _time.Advance(TimeSpan.FromHours(1));
        _state.Activity.DeleteNote(note.Id);

        Assert.Throws<ResourceRequestException>(() => _state.Activity.QueryProspectNotes(null, [], null, null, 0, 10));
        Assert.That(_state.Activity.QueryProspectNotes(Contract, [], written, written, 0, 10).Total, Is.Zero, "only the last-modified time counts");
        var page = _state.Activity.QueryProspectNotes(Contract, [seat.SeatUrn], Now, Now, 0, 10);
        Assert.That(page.Elements.Single().ToJson()["active"]!.GetValue<bool>(), Is.False);
        Assert.That(page.Elements.Single().Note, Is.EqualTo("Very strong"));
        Assert.Throws<InvalidOperationException>(() => _state.Activity.EditNote(note.Id, "again"));
    }

    [Test]
    public void Exports_are_found_by_request_id_and_closing_a_profile_purges_it_per_organization()
    {
        var member = _state.Members.Find(Person)!;
        var export = _state.Exports.Add("urn:li:organization:42", "JOB-1", "urn:li:seat:1", member, []);
        _state.Exports.Add("urn:li:organization:43", "JOB-9", "urn:li:seat:2", member, ["ada@example.com"]);

        var found = _state.Exports.FindByRequest(export.RequestId).Single().ToJson();
        Assert.That(found["integrationContext"]!.GetValue<string>(), Is.EqualTo("urn:li:organization:42"));
        Assert.That(found["candidate"]!["member"]!.GetValue<string>(), Is.EqualTo(Person));
        Assert.That(found["candidate"]!["emailAddresses"]!.AsArray(), Is.Empty);

        Assert.That(_state.Exports.Purge(Person), Has.Count.EqualTo(2));
        Assert.That(_state.Exports.Purge(Person), Is.Empty, "purging twice adds nothing");
        Assert.That(_state.Exports.QueryPurged("urn:li:organization:42", 0, 10).Elements.Single().MemberUrn, Is.EqualTo(Person));
    }

    [Test]
    public void Records_never_show_personal_data_in_ToString()
    {
        var member = _state.Members.Find(Person)!;
        Assert.That(member.ToString(), Does.Not.Contain("Ada").And.Not.Contain("ada@"));
        var seat = _state.Activity.AddSeat(Contract, "urn:li:person:r1", "Rita", "Recruiter");
        Assert.That(seat.ToString(), Does.Not.Contain("Rita"));
    }
}
