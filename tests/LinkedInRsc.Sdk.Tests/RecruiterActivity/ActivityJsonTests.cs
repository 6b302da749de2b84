using System.Text.Json;
using LinkedInRsc.RecruiterActivity;

namespace LinkedInRsc.Sdk.Tests.RecruiterActivity;

[TestFixture]
public sealed class ActivityJsonTests
{
    private static readonly ContractUrn Contract = ContractUrn.FromId(900);

    [TestCase("""{"member":"urn:li:person:ada","emailAddress":"ada@example.com"}""", "ada@example.com")]
    [TestCase("""{"member":"urn:li:person:ada","emailAddress":["ada@example.com","ada@work.example"]}""", "ada@example.com,ada@work.example")]
    [TestCase("""{"member":"urn:li:person:ada","emailAddresses":["ada@example.com"],"emailAddress":"ADA@example.com"}""", "ADA@example.com")]
    [TestCase("""{"member":"urn:li:person:ada","emailAddress":null}""", "")]
    [TestCase("""{"member":"urn:li:person:ada"}""", "")]
    public void ReadMailStub_EmailAsStringOrArray_ReadsEveryAddressOnce(string json, string expected)
    {
        MailStub stub = ActivityJson.ReadMailStub(Parse(json))!;

        Assert.That(string.Join(",", stub.EmailAddresses), Is.EqualTo(expected));
    }

    [Test]
    public void ReadMailStub_WithoutMember_IsLeftOut_AndUnknownFieldsAreKept()
    {
        MailStub? none = ActivityJson.ReadMailStub(Parse("""{"firstName":"Ada"}"""));
        MailStub stub = ActivityJson.ReadMailStub(Parse("""{"member":"urn:li:person:ada","firstName":"Ada","createdAt":1700000000000,"skills":["math"],"owner":"urn:li:seat:7"}"""))!;

        Assert.Multiple(() =>
        {
            Assert.That(none, Is.Null);
            Assert.That(stub.AdditionalProperties.Keys, Is.EqualTo(new[] { "skills" }));
            Assert.That(stub.AdditionalProperties["skills"][0].GetString(), Is.EqualTo("math"));
            Assert.That(stub.Owner, Is.EqualTo(SeatUrn.FromId(7)));
            Assert.That(stub.CreatedAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000)));
            Assert.That(stub.ToString(), Does.Not.Contain("Ada"), "no personal data in ToString");
        });
    }

    [Test]
    public void ReadSeat_UnknownStateAndLegacyShape_AreKept()
    {
        Seat v2 = ActivityJson.ReadSeat(Parse("""{"id":123,"contract":"urn:li:contract:900","member":"urn:li:person:bob","state":"SUSPENDED","seatRoles":["ADMIN_SEAT"],"email":"bob@example.com"}"""), Contract)!;
        Seat legacy = ActivityJson.ReadSeat(Parse("""{"id":"124","contractId":"900","member":"urn:li:person:cy","active":false,"admin":true}"""), Contract)!;

        Assert.Multiple(() =>
        {
            Assert.That((v2.Urn, v2.State.Value, v2.Roles.Single()), Is.EqualTo((SeatUrn.FromId(123), "SUSPENDED", "ADMIN_SEAT")));
            Assert.That(v2.AdditionalProperties.Keys, Is.EqualTo(new[] { "email" }));
            Assert.That((legacy.Urn, legacy.Contract, legacy.State, legacy.Roles.Single()), Is.EqualTo((SeatUrn.FromId(124), Contract, SeatState.Inactive, "ADMIN_SEAT")));
            Assert.That(ActivityJson.ReadSeat(Parse("""{"firstName":"No id"}"""), Contract), Is.Null);
        });
    }

    [Test]
    public void ReadConversationEvent_OtherContentType_IsKeptRaw_AndIncompleteEventsAreLeftOut()
    {
        SeatUrn viewer = SeatUrn.FromId(5);
        ConversationEvent e = ActivityJson.ReadConversationEvent(Parse("""
            {"id":"I1","threadUrn":"urn:li:messagingThread:1","author":"urn:li:person:ada","recipients":["urn:li:seat:5"],"createdAt":1700000000000,
             "content":{"com.linkedin.messaging.events.AttachmentContent":{"name":"cv.pdf"}},"deliveredAt":1700000000001}
            """), viewer)!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Content, Is.Null);
            Assert.That(e.RawContent!.Value.TryGetProperty("com.linkedin.messaging.events.AttachmentContent", out _), Is.True);
            Assert.That(e.AdditionalProperties.Keys, Is.EqualTo(new[] { "deliveredAt" }));
            Assert.That((e.Direction, e.Member, e.Viewer), Is.EqualTo((InMailDirection.FromMember, (PersonUrn?)PersonUrn.Parse("urn:li:person:ada"), viewer)));
            Assert.That(ActivityJson.ReadConversationEvent(Parse("""{"id":"I1","author":"urn:li:seat:5","createdAt":1}"""), viewer), Is.Null, "no thread");
        });
    }

    [Test]
    public void ReadProspectNote_WithoutActive_IsActive_AndWithoutIdIsLeftOut()
    {
        ProspectNote note = ActivityJson.ReadProspectNote(Parse("""{"id":500001,"lastModified":1700000000000,"note":"Hi","owner":"urn:li:seat:5","pinned":true}"""))!;
        ProspectNote deleted = ActivityJson.ReadProspectNote(Parse("""{"id":"500001","lastModifiedAt":1700000000001,"active":false}"""))!;

        Assert.Multiple(() =>
        {
            Assert.That((note.Id, note.IsActive, note.Text), Is.EqualTo(("500001", true, (string?)"Hi")));
            Assert.That(note.AdditionalProperties.Keys, Is.EqualTo(new[] { "pinned" }));
            Assert.That((deleted.IsActive, deleted.Supersedes(note)), Is.EqualTo((false, true)));
            Assert.That(ActivityJson.ReadProspectNote(Parse("""{"lastModified":1}""")), Is.Null);
            Assert.That(note.ToString(), Does.Not.Contain("Hi"));
        });
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
