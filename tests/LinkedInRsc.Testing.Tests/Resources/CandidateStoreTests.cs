using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources;
using LinkedInRsc.Testing.Resources.Candidates;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Tests.Resources;

public sealed class CandidateStoreTests
{
    private const string Org = "urn:li:organization:42";
    private static readonly CandidateKey Key = new("C1", "ATS", Org);
    private MemberDirectory _members = null!;
    private CandidateStore _store = null!;

    internal static JsonObject Candidate(string email = "ada@example.com", string first = "Ada", string last = "Lovelace") => new()
    {
        ["addresses"] = new JsonArray(),
        ["atsCreatedAt"] = 1_600_000_000_000,
        ["atsLastModifiedAt"] = 1_600_000_000_001,
        ["firstName"] = first,
        ["lastName"] = last,
        ["emailAddresses"] = new JsonArray(email),
        ["phoneNumbers"] = new JsonArray(),
    };

    [SetUp]
    public void SetUp()
    {
        _members = new MemberDirectory();
        _store = new CandidateStore(_members);
        _members.Add(new MemberRecord("urn:li:person:ada", "Ada", "Lovelace", ["ada@example.com"], "https://www.linkedin.com/in/ada", null, null, []));
        _members.Add(new MemberRecord("urn:li:person:ada2", "Ada", "Lovelace", ["other@example.com"], "https://www.linkedin.com/in/ada2", null, null, []));
    }

    [TestCase("atsCreatedAt", 0, "atsCreatedAt")]
    [TestCase("atsLastModifiedAt", 1_500_000_000_000, "greater than or equal")]
    [TestCase("firstName", "", "firstName")]
    public void Upsert_InvalidFields_AreRefusedNamingTheField(string field, object value, string expected)
    {
        var candidate = Candidate();
        candidate[field] = JsonValue.Create(value);

        var outcome = _store.Upsert(Key, candidate);

        Assert.That(outcome.Status, Is.EqualTo(400));
        Assert.That(outcome.Message, Does.Contain(expected));
        Assert.That(_store.Exists(Key), Is.False);
    }

    [Test]
    public void Upsert_Email_MustBeXAtXDotX_AndIsRequiredWithoutAnAttachedMember()
    {
        Assert.That(_store.Upsert(Key, Candidate("not-an-email")).Message, Does.Contain("emailAddresses[0]"));

        var noEmail = Candidate();
        noEmail.Remove("emailAddresses");
        Assert.That(_store.Upsert(Key, noEmail).Message, Does.Contain("emailAddresses"));

        noEmail["manualMatchedMember"] = "urn:li:person:ada";
        Assert.That(_store.Upsert(Key, noEmail).Status, Is.EqualTo(204));
    }

    [Test]
    public void Upsert_KeyParts_AreChecked()
    {
        Assert.That(_store.Upsert(Key with { DataProvider = "X" }, Candidate()).Message, Does.Contain("dataProvider"));
        Assert.That(_store.Upsert(Key with { IntegrationContext = "urn:li:contract:1" }, Candidate()).Message, Does.Contain("integrationContext"));
    }

    [Test]
    public void Matches_ByExactEmailOrByNameOnly_OtherwiseNone()
    {
        _store.Upsert(Key, Candidate());
        var exact = _store.Get(Key).Value!["matchedMembers"]!.AsArray();
        Assert.That(exact.Select(m => (m!["member"]!.GetValue<string>(), m["matchType"]!.GetValue<string>())), Is.EqualTo(new[] { ("urn:li:person:ada", "EXACT") }));

        _store.Upsert(Key, Candidate("new@example.com"));
        var possible = _store.Get(Key).Value!["matchedMembers"]!.AsArray();
        Assert.That(possible.Select(m => m!["matchType"]!.GetValue<string>()), Is.EqualTo(new[] { "POSSIBLE", "POSSIBLE" }));

        _store.Upsert(Key, Candidate("new@example.com", "Grace", "Hopper"));
        Assert.That(_store.Get(Key).Value!["matchedMembers"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void Matches_ClosedMember_NoLongerMatches()
    {
        _store.Upsert(Key, Candidate());
        _members.Close("urn:li:person:ada");

        var matches = _store.Get(Key).Value!["matchedMembers"]!.AsArray();

        Assert.That(matches.Select(m => m!["member"]!.GetValue<string>()), Is.EqualTo(new[] { "urn:li:person:ada2" }));
    }

    [Test]
    public void PartialUpdate_ManualMember_IsSetAndDeleted_AndAFullReplaceKeepsIt()
    {
        _store.Upsert(Key, Candidate());
        var set = JsonNode.Parse("""{"patch":{"$set":{"manualMatchedMember":"urn:li:person:ada2"}}}""");
        Assert.That(_store.Patch(Key, set).Status, Is.EqualTo(204));
        Assert.That(_store.Get(Key).Value!["manualMatchedMember"]!.GetValue<string>(), Is.EqualTo("urn:li:person:ada2"));

        _store.Upsert(Key, Candidate());
        Assert.That(_store.Get(Key).Value!["manualMatchedMember"]!.GetValue<string>(), Is.EqualTo("urn:li:person:ada2"));

        Assert.That(_store.Patch(Key, JsonNode.Parse("""{"patch":{"$delete":["manualMatchedMember"]}}""")).Status, Is.EqualTo(204));
        Assert.That(_store.Get(Key).Value!.AsObject().ContainsKey("manualMatchedMember"), Is.False);
    }

    [Test]
    public void PartialUpdate_BadUrnOtherFieldOrUnknownCandidate_IsRefused()
    {
        _store.Upsert(Key, Candidate());
        Assert.That(_store.Patch(Key, JsonNode.Parse("""{"patch":{"$set":{"manualMatchedMember":"ada"}}}""")).Status, Is.EqualTo(400));
        Assert.That(_store.Patch(Key, JsonNode.Parse("""{"patch":{"$set":{"firstName":"X"}}}""")).Message, Does.Contain("firstName"));
        Assert.That(_store.Patch(Key with { AtsCandidateId = "C2" }, JsonNode.Parse("""{"patch":{"$delete":["manualMatchedMember"]}}""")).Status, Is.EqualTo(404));
    }

    [Test]
    public void UpsertNote_NeedsItsCandidateAndAValidAuthor_AndGoesWithTheCandidate()
    {
        var note = JsonNode.Parse("""{"atsCreatedAt":1600000000000,"note":"Great","author":{"firstName":"R","lastName":"Ecruiter"}}""");
        Assert.That(_store.UpsertNote(Key, "N1", note).Status, Is.EqualTo(404));

        _store.Upsert(Key, Candidate());
        Assert.That(_store.UpsertNote(Key, "N1", note).Status, Is.EqualTo(204));
        Assert.That(_store.UpsertNote(Key, "N2", JsonNode.Parse("""{"author":{"firstName":"R"}}""")).Message, Does.Contain("lastName"));
        Assert.That(_store.UpsertNote(Key, "N3", JsonNode.Parse("""{"atsCreatedAt":-1}""")).Message, Does.Contain("atsCreatedAt"));

        Assert.That(_store.Delete(Key).Status, Is.EqualTo(204));
        _store.Upsert(Key, Candidate());
        Assert.That(_store.GetNote(Key, "N1").Status, Is.EqualTo(404));
        Assert.That(_store.Delete(Key with { AtsCandidateId = "C9" }).Status, Is.EqualTo(404));
    }

    [Test]
    public void EmailRule_ExpectedShapes_AreAcceptedOrRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EntityRules.IsEmail("a@b.c"), Is.True);
            Assert.That(EntityRules.IsEmail("a@b"), Is.False);
            Assert.That(EntityRules.IsEmail("@b.c"), Is.False);
            Assert.That(EntityRules.IsEmail("a@b."), Is.False);
            Assert.That(EntityRules.IsEmail("a b@c.d"), Is.False);
            Assert.That(EntityRules.IsEmail("a@@b.c"), Is.False);
        });
    }
}
