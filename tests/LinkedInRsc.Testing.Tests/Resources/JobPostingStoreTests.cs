using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources.Jobs;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Testing.Tests.Resources;

public sealed class JobPostingStoreTests
{
    private const string Org = "urn:li:organization:42";
    private FakeTimeProvider _time = null!;
    private JobPostingStore _store = null!;

    internal static JsonObject Job(string id = "JOB-1", string operation = "CREATE", string availability = "PUBLIC") => new()
    {
        ["integrationContext"] = Org,
        ["externalJobPostingId"] = id,
        ["jobPostingOperationType"] = operation,
        ["title"] = "Engineer",
        ["description"] = "Builds things",
        ["location"] = "Dublin, Ireland",
        ["companyApplyUrl"] = "https://ats.example/jobs/1",
        ["listedAt"] = 1_700_000_000_000,
        ["availability"] = availability,
    };

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        _store = new JobPostingStore(_time);
    }

    private string Submit(JsonObject job)
    {
        var outcome = _store.BatchCreate([job]).Single();
        Assert.That(outcome.Status, Is.EqualTo(201), outcome.Message);
        return outcome.Value!.GetValue<string>();
    }

    [Test]
    public void Task_BeforeAndAfterProcessingTime_MovesFromInProgressToSucceeded()
    {
        var task = Submit(Job());

        Assert.That(_store.GetTask(task)!["status"]!.GetValue<string>(), Is.EqualTo("IN_PROGRESS"));
        Assert.That(_store.FindJob(Org, "JOB-1"), Is.Null);

        _time.Advance(_store.ProcessingTime);

        var json = _store.GetTask(task)!;
        Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("SUCCEEDED"));
        Assert.That(json["jobPosting"]!.GetValue<string>(), Does.StartWith("urn:li:jobPosting:"));
        Assert.That(_store.FindJob(Org, "JOB-1")!.IsListed, Is.True);
    }

    [Test]
    public void BatchCreate_OneBadElement_GetsItsOwn400AndTheRestGetTasks()
    {
        var longTitle = Job("JOB-2");
        longTitle["title"] = new string('x', 201);
        var noLocation = Job("JOB-3");
        noLocation.Remove("location");
        var countryAndPostal = Job("JOB-4");
        countryAndPostal.Remove("location");
        countryAndPostal["countryCode"] = "ie";
        countryAndPostal["postalCode"] = "D02";
        var badListedAt = Job("JOB-5");
        badListedAt["listedAt"] = 0;
        var badAvailability = Job("JOB-6", availability: "SECRET");

        var outcomes = _store.BatchCreate([Job("JOB-1"), longTitle, noLocation, countryAndPostal, badListedAt, badAvailability]);

        Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { 201, 400, 400, 201, 400, 400 }));
        Assert.That(outcomes[1].Message, Does.Contain("title").And.Contain("200"));
        Assert.That(outcomes[2].Message, Does.Contain("location").And.Contain("postalCode"));
        Assert.That(outcomes[4].Message, Does.Contain("listedAt"));
        Assert.That(outcomes[5].Message, Does.Contain("availability"));
    }

    [Test]
    public void Update_UnknownJob_FailsItsTaskWithAnError()
    {
        var task = Submit(Job("NOPE", "UPDATE"));
        _time.Advance(_store.ProcessingTime);

        var json = _store.GetTask(task)!;
        Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("FAILED"));
        Assert.That(json["error"]!["errorCode"]!.GetValue<string>(), Is.EqualTo("JOB_NOT_FOUND"));
    }

    [Test]
    public void Renew_ClosedJob_Fails_AndCreateReopensIt()
    {
        Submit(Job());
        _time.Advance(_store.ProcessingTime);
        Submit(new JsonObject { ["integrationContext"] = Org, ["externalJobPostingId"] = "JOB-1", ["jobPostingOperationType"] = "CLOSE" });
        _time.Advance(_store.ProcessingTime);
        Assert.That(_store.FindJob(Org, "JOB-1")!.State, Is.EqualTo("CLOSED"));

        var renew = Submit(new JsonObject { ["integrationContext"] = Org, ["externalJobPostingId"] = "JOB-1", ["jobPostingOperationType"] = "RENEW" });
        _time.Advance(_store.ProcessingTime);
        Assert.That(_store.GetTask(renew)!["status"]!.GetValue<string>(), Is.EqualTo("FAILED"));

        Submit(Job(availability: "PRIVATE_TO_ATS_INTEGRATION"));
        _time.Advance(_store.ProcessingTime);
        Assert.That(_store.FindJob(Org, "JOB-1")!.Availability, Is.EqualTo("PRIVATE_TO_ATS_INTEGRATION"));
    }

    [Test]
    public void Update_PublicJobToPrivate_Fails_AndCreateOfAListedJobFails()
    {
        Submit(Job());
        _time.Advance(_store.ProcessingTime);

        var toPrivate = Submit(Job(operation: "UPDATE", availability: "PRIVATE_TO_ATS_INTEGRATION"));
        var again = Submit(Job());
        _time.Advance(_store.ProcessingTime);

        Assert.That(_store.GetTask(toPrivate)!["error"]!["errorCode"]!.GetValue<string>(), Is.EqualTo("AVAILABILITY_CHANGE_NOT_ALLOWED"));
        Assert.That(_store.GetTask(again)!["error"]!["errorCode"]!.GetValue<string>(), Is.EqualTo("JOB_ALREADY_EXISTS"));
    }

    [Test]
    public void Task_AfterThirtyDays_Expires()
    {
        var task = Submit(Job());
        _time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        Assert.That(_store.GetTask(task), Is.Null);
        Assert.That(_store.FindJob(Org, "JOB-1"), Is.Not.Null);
    }
}
