using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Acls;
using LinkedInRsc.Testing.Resources.Applications;
using LinkedInRsc.Testing.Resources.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Testing.Tests.Resources;

public sealed class ApplicationAndAclStoreTests
{
    private const string Org = "urn:li:organization:42";
    private static readonly ApplicationKey Key = new("A1", "ATS", Org);
    private FakeTimeProvider _time = null!;
    private EmulatorStores _stores = null!;

    private ApplicationStore Applications => _stores.Get<ApplicationStore>();

    private JobPostingStore Jobs => _stores.Get<JobPostingStore>();

    private AclStore Acls => _stores.Get<AclStore>();

    private static JsonObject Application(string jobId = "JOB-1") => new()
    {
        ["atsCreatedAt"] = 1_600_000_000_000,
        ["atsLastModifiedAt"] = 1_600_000_000_000,
        ["atsJobPostingId"] = jobId,
        ["atsJobPostingName"] = "Engineer",
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
        ["candidateEmail"] = "ada@example.com",
    };

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider();
        _stores = new EmulatorStores(_time);
        Jobs.BatchCreate([JobPostingStoreTests.Job()]);
        _time.Advance(Jobs.ProcessingTime);
    }

    [Test]
    public void Upsert_ApplicationOfAnUnsyncedOrForeignJob_IsRefused()
    {
        Assert.That(Applications.Upsert(Key, Application()).Status, Is.EqualTo(204));

        var unknownJob = Applications.Upsert(Key, Application("JOB-404"));
        Assert.That(unknownJob.Status, Is.EqualTo(400));
        Assert.That(unknownJob.Message, Does.Contain("atsJobPostingId").And.Contain("JOB-404"));

        var otherOrg = Applications.Upsert(Key with { IntegrationContext = "urn:li:organization:7" }, Application());
        Assert.That(otherOrg.Status, Is.EqualTo(400));
    }

    [Test]
    public void Upsert_ApplicationOfAJobStillInProgress_IsRefusedAsNotYetSynced()
    {
        var job = JobPostingStoreTests.Job("JOB-2");
        Jobs.BatchCreate([job]);

        Assert.That(Applications.Upsert(Key, Application("JOB-2")).Status, Is.EqualTo(400));
        _time.Advance(Jobs.ProcessingTime);
        Assert.That(Applications.Upsert(Key, Application("JOB-2")).Status, Is.EqualTo(204));
    }

    [TestCase("candidateEmail", "nope", "candidateEmail")]
    [TestCase("atsLastModifiedAt", 1, "atsLastModifiedAt")]
    [TestCase("atsJobPostingName", "", "atsJobPostingName")]
    public void Upsert_ApplicationWithBadFields_IsRefusedNamingTheField(string field, object value, string expected)
    {
        var application = Application();
        application[field] = JsonValue.Create(value);

        var outcome = Applications.Upsert(Key, application);

        Assert.That(outcome.Status, Is.EqualTo(400));
        Assert.That(outcome.Message, Does.Contain(expected));
    }

    [TestCase("", "stage")]
    [TestCase("Not Available", "Not Available")]
    [TestCase(" not available ", "Not Available")]
    public void UpsertStage_EmptyOrNotAvailableText_IsRefused(string stage, string expected)
    {
        Applications.Upsert(Key, Application());

        var outcome = Applications.UpsertPart(Key, ApplicationPart.Stages, "S1", new JsonObject { ["atsCreatedAt"] = 1_600_000_000_000, ["stage"] = stage });

        Assert.That(outcome.Status, Is.EqualTo(400));
        Assert.That(outcome.Message, Does.Contain(expected));
    }

    [Test]
    public void Delete_Application_RemovesItsStagesNotesAndFeedback()
    {
        Applications.Upsert(Key, Application());
        Assert.That(Applications.UpsertPart(Key, ApplicationPart.Stages, "S1", JsonNode.Parse("""{"atsCreatedAt":1600000000000,"stage":"Hired"}""")).Status, Is.EqualTo(204));
        Assert.That(Applications.UpsertPart(Key, ApplicationPart.Notes, "N1", JsonNode.Parse("""{"note":"ok"}""")).Status, Is.EqualTo(204));
        Assert.That(Applications.UpsertPart(Key, ApplicationPart.InterviewFeedback, "F1", JsonNode.Parse("""{"interviewType":"ONSITE","evaluations":[{"attribute":"Verbal","result":"4/5"}]}""")).Status, Is.EqualTo(204));

        Assert.That(Applications.Delete(Key).Status, Is.EqualTo(204));
        Applications.Upsert(Key, Application());

        Assert.That(Applications.GetPart(Key, ApplicationPart.Stages, "S1").Status, Is.EqualTo(404));
        Assert.That(Applications.GetPart(Key, ApplicationPart.Notes, "N1").Status, Is.EqualTo(404));
        Assert.That(Applications.GetPart(Key, ApplicationPart.InterviewFeedback, "F1").Status, Is.EqualTo(404));
    }

    [Test]
    public void SubResources_OfAnUnknownApplication_AreRefused()
    {
        Assert.That(Applications.UpsertPart(Key, ApplicationPart.Notes, "N1", new JsonObject()).Status, Is.EqualTo(404));
        Applications.Upsert(Key, Application());
        Assert.That(Applications.UpsertPart(Key, ApplicationPart.InterviewFeedback, "F1", JsonNode.Parse("""{"interviewType":"VIDEO"}""")).Message, Does.Contain("interviewType"));
        Assert.That(Applications.UpsertPart(Key, ApplicationPart.InterviewFeedback, "F2", JsonNode.Parse("""{"evaluations":[{"attribute":"x"}]}""")).Message, Does.Contain("evaluations[0]"));
    }

    [Test]
    public void UpsertAcl_EntityTypeOtherThanJobPosting_IsRefused_AndFinderListsTheEntitysAcls()
    {
        Assert.That(Acls.UpsertAcl(new AclKey("G1", "ATS", Org, "JOB-1", "JOB_POSTING"), new JsonObject()).Status, Is.EqualTo(204));
        Assert.That(Acls.UpsertAcl(new AclKey("G2", "ATS", Org, "JOB-1", "JOB_POSTING"), new JsonObject()).Status, Is.EqualTo(204));
        Assert.That(Acls.UpsertAcl(new AclKey("G3", "ATS", Org, "JOB-1", "CANDIDATE"), new JsonObject()).Message, Does.Contain("atsEntityType"));

        Assert.That(Acls.FindAcls(Org, "ATS", "JOB-1", "JOB_POSTING").Select(a => a.AtsEntityAclId), Is.EqualTo(new[] { "G1", "G2" }));
        Assert.That(Acls.DeleteAcl(new AclKey("G1", "ATS", Org, "JOB-1", "JOB_POSTING")).Status, Is.EqualTo(204));
        Assert.That(Acls.FindAcls(Org, "ATS", "JOB-1", "JOB_POSTING"), Has.Count.EqualTo(1));
    }

    [Test]
    public void UpsertAssignee_EleventhAcl_IsRefused()
    {
        const string Person = "urn:li:person:r1";
        for (var i = 0; i < 10; i++)
        {
            Assert.That(Acls.UpsertAssignee(new AclAssigneeKey($"G{i}", Org, "ATS", Person, "JOB_POSTING"), new JsonObject()).Status, Is.EqualTo(204));
        }

        var eleventh = Acls.UpsertAssignee(new AclAssigneeKey("G10", Org, "ATS", Person, "JOB_POSTING"), new JsonObject());
        Assert.That(eleventh.Status, Is.EqualTo(400));
        Assert.That(eleventh.Message, Does.Contain("10"));

        Assert.That(Acls.UpsertAssignee(new AclAssigneeKey("G0", Org, "ATS", Person, "JOB_POSTING"), new JsonObject()).Status, Is.EqualTo(204), "re-sending an existing assignment is fine");
        Assert.That(Acls.UpsertAssignee(new AclAssigneeKey("G0", Org, "ATS", "seat:1", "JOB_POSTING"), new JsonObject()).Message, Does.Contain("assignee"));
        Assert.That(Acls.FindAssignees(Org, "ATS", Person), Has.Count.EqualTo(10));
    }
}
