using System.Net;
using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing;
using static LinkedInRsc.Tests.Support.AtsData;
using AccessLevel = LinkedInRsc.Customers.AccessLevel;

namespace LinkedInRsc.Sdk.Tests.Clients;

/// <summary>The four capability clients against the in-memory emulator, over HTTP.</summary>
[TestFixture]
public sealed class CapabilityClientsEmulatorTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        await _h.AddSdkCustomerAsync();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private async Task<IReadOnlyList<JobPostingTask>> PostJobsAsync(params AtsJobPosting[] jobs)
    {
        BatchResult<string> submitted = await _h.Client.Jobs.SubmitAsync(jobs, JobPostingOperation.Create);
        Assert.That(submitted.IsSuccess, Is.True, submitted.ToString());
        return await _h.AdvanceWhileAsync(
            () => _h.Client.Jobs.WaitForTasksAsync(submitted.Results.Select(r => r.ResourceId!), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)),
            TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Candidates_250WithOneInvalidAndOneRejected_ThreeBatchesAndAnOutcomeForEach()
    {
        List<AtsCandidate> candidates = [.. Enumerable.Range(0, 250).Select(i => Candidate("C" + i))];
        candidates[10] = candidates[10] with { EmailAddresses = ["not-an-address"] };
        candidates[160] = candidates[160] with { LastName = " " }; // the SDK lets it through; LinkedIn (the emulator) refuses it
        _h.Emulator.Journal.Clear();

        BatchResult<string> result = await _h.Client.Candidates.UpsertAsync(candidates);

        var writes = _h.Emulator.Journal.For("/v2/atsCandidates").Where(e => e.RestLiMethod == RestLiMethod.BatchUpdate).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Results.Select(r => r.Key), Is.EqualTo(candidates.Select(c => c.AtsCandidateId)), "one outcome per input, in input order");
            Assert.That((result.SucceededCount, result.InvalidCount, result.FailedCount), Is.EqualTo((248, 1, 1)));
            Assert.That(result.Results[10].Outcome, Is.EqualTo(EntityOutcome.Invalid));
            Assert.That(result.Results[10].Field, Is.EqualTo("emailAddresses[0]"));
            Assert.That(result.Results[160].Outcome, Is.EqualTo(EntityOutcome.Failed));
            Assert.That(result.Results[160].StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(result.Results[160].Message, Does.Contain("lastName"), "LinkedIn's own message is kept");
            Assert.That(result.Results[160].IsTransient, Is.False);
            Assert.That(writes, Has.Count.EqualTo(3), "249 valid candidates go in chunks of 100, 100 and 49");
            Assert.That(result.Results[10].RequestId, Is.Null, "an invalid candidate was never sent");
            Assert.That(result.Results.Where((_, i) => i != 10).Select(r => r.RequestId), Is.All.Not.Null.And.All.Not.Empty, "every sent candidate carries LinkedIn's request id");
            Assert.That(result.Results.Where((_, i) => i != 10).Select(r => r.RequestId).Distinct().Count(), Is.EqualTo(3), "one request id per request");
            Assert.That(writes.Select(w => w.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(writes.Select(w => w.ClientId).Distinct(), Is.EqualTo(new[] { _h.Client.Customer.Credentials!.ClientId }));
            Assert.That(_h.Synced.Candidates.Select(c => c.AtsCandidateId), Is.EquivalentTo(candidates.Where((_, i) => i is not (10 or 160)).Select(c => c.AtsCandidateId)));
        });
    }

    [Test]
    public async Task CandidateNotes_UpsertThenDelete_AndCandidateDelete_RemoveThemOnLinkedIn()
    {
        await _h.Client.Candidates.UpsertAsync([Candidate("C1"), Candidate("C2")]);
        AtsCandidateNote[] notes =
        [
            new() { AtsCandidateId = "C1", NoteId = "N1", Note = "Strong", AtsCreatedAt = T0, Author = new Actor { FirstName = "Rita", LastName = "Recruiter" } },
            new() { AtsCandidateId = "C1", NoteId = "N2", Note = "Call back" },
            new() { AtsCandidateId = "C2", NoteId = "N1", Note = "Maybe" },
            new() { AtsCandidateId = "C2", NoteId = "N3", Author = new Actor { FirstName = "Rita", LastName = " " } },
        ];

        BatchResult<AtsChildKey> upserted = await _h.Client.Candidates.UpsertNotesAsync(notes);
        var afterUpsert = _h.Synced.Candidates.ToDictionary(c => c.AtsCandidateId, c => c.NoteCount);
        BatchResult<AtsChildKey> deletedNotes = await _h.Client.Candidates.DeleteNotesAsync([new("C1", "N2")]);
        BatchResult<string> deleted = await _h.Client.Candidates.DeleteAsync(["C2", "C404"]);

        Assert.Multiple(() =>
        {
            Assert.That(upserted.Results.Select(r => r.Outcome), Is.EqualTo(new[] { EntityOutcome.Succeeded, EntityOutcome.Succeeded, EntityOutcome.Succeeded, EntityOutcome.Invalid }));
            Assert.That(upserted.Results[3].Field, Is.EqualTo("author.lastName"));
            Assert.That(afterUpsert, Is.EqualTo(new Dictionary<string, int> { ["C1"] = 2, ["C2"] = 1 }));
            Assert.That(deletedNotes.IsSuccess, Is.True);
            Assert.That(deleted.Results[0].IsSuccess, Is.True);
            Assert.That(deleted.Results[1].Outcome, Is.EqualTo(EntityOutcome.Failed), "deleting what LinkedIn does not have is reported, not hidden");
            Assert.That(deleted.Results[1].StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(_h.Synced.Candidates.Select(c => (c.AtsCandidateId, c.NoteCount)), Is.EqualTo(new[] { ("C1", 1) }));
        });
    }

    [Test]
    public async Task Applications_WithStagesNotesAndFeedback_DeleteRemovesTheChildren()
    {
        await PostJobsAsync(Job("J1"));
        await _h.Client.Candidates.UpsertAsync([Candidate("C1")]);

        BatchResult<string> applications = await _h.Client.Applications.UpsertAsync([Application("A1", "C1", "J1"), Application("A2", "C1", "J1"), Application("A3", "C1", "J-unknown")]);
        BatchResult<AtsChildKey> stages = await _h.Client.Applications.UpsertStagesAsync([Stage("A1", "S1"), Stage("A1", "S2", "Hired"), Stage("A2", "S1"), Stage("A2", "S9", "Not Available")]);
        BatchResult<AtsChildKey> notes = await _h.Client.Applications.UpsertNotesAsync([new AtsApplicationNote { AtsJobApplicationId = "A1", NoteId = "N1", Note = "Good fit" }]);
        BatchResult<AtsChildKey> feedback = await _h.Client.Applications.UpsertInterviewFeedbackAsync(
        [
            new AtsInterviewFeedback
            {
                AtsJobApplicationId = "A1",
                FeedbackId = "F1",
                InterviewType = InterviewType.Onsite,
                Evaluations = [new InterviewEvaluation("Verbal Communication", "4/5")],
                Interviewer = new Actor { FirstName = "Ian", LastName = "Interviewer" },
            },
        ]);
        var before = _h.Synced.Applications.Single(a => a.AtsJobApplicationId == "A1");
        BatchResult<AtsChildKey> stageDeleted = await _h.Client.Applications.DeleteStagesAsync([new("A2", "S1")]);
        BatchResult<string> deleted = await _h.Client.Applications.DeleteAsync(["A1"]);

        Assert.Multiple(() =>
        {
            Assert.That(applications.Results.Select(r => r.Outcome), Is.EqualTo(new[] { EntityOutcome.Succeeded, EntityOutcome.Succeeded, EntityOutcome.Failed }));
            Assert.That(applications.Results[2].Message, Does.Contain("J-unknown").Or.Contain("job"), "LinkedIn refuses an application of an unknown job");
            Assert.That(stages.SucceededCount, Is.EqualTo(3));
            Assert.That(stages.Results[3].Field, Is.EqualTo("stage"));
            Assert.That(notes.IsSuccess && feedback.IsSuccess && stageDeleted.IsSuccess && deleted.IsSuccess, Is.True);
            Assert.That((before.StageCount, before.NoteCount, before.InterviewFeedbackCount), Is.EqualTo((2, 1, 1)));
            Assert.That(_h.Synced.Applications.Select(a => (a.AtsJobApplicationId, a.StageCount, a.NoteCount, a.InterviewFeedbackCount)), Is.EqualTo(new[] { ("A2", 0, 0, 0) }));
        });
    }

    [Test]
    public async Task Jobs_CreateFollowsTheTask_AndAFailedTaskCarriesLinkedInsReason()
    {
        AtsJobPosting byPostalCode = Job("J2") with { Location = null, CountryCode = "US", PostalCode = "94085", Availability = JobPostingAvailability.Public };
        IReadOnlyList<JobPostingTask> created = await PostJobsAsync(Job("J1"), byPostalCode);

        BatchResult<string> again = await _h.Client.Jobs.SubmitAsync([Job("J1"), Job("J3", title: new string('x', 201))], JobPostingOperation.Create);
        IReadOnlyList<JobPostingTask> failed = await _h.AdvanceWhileAsync(
            () => _h.Client.Jobs.WaitForTasksAsync([again.Results[0].ResourceId!], TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)),
            TimeSpan.FromSeconds(5));
        BatchResult<string> closed = await _h.Client.Jobs.SubmitAsync([Job("J1")], JobPostingOperation.Close);
        await _h.AdvanceWhileAsync(() => _h.Client.Jobs.WaitForTasksAsync([closed.Results[0].ResourceId!], TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)), TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(created.Select(t => t.Status), Is.All.EqualTo(JobPostingTaskStatus.Succeeded));
            Assert.That(created.Select(t => t.ExternalJobPostingId), Is.EqualTo(new[] { "J1", "J2" }));
            Assert.That(again.Results[1].Outcome, Is.EqualTo(EntityOutcome.Invalid));
            Assert.That(again.Results[1].Field, Is.EqualTo("title"));
            Assert.That(failed.Single().Status, Is.EqualTo(JobPostingTaskStatus.Failed));
            Assert.That(failed.Single().IsSuccess, Is.False);
            Assert.That(failed.Single().ErrorCode, Is.EqualTo("JOB_ALREADY_EXISTS"));
            Assert.That(failed.Single().ErrorMessage, Does.Contain("UPDATE"));
            Assert.That(_h.Synced.Jobs.Select(j => (j.ExternalJobPostingId, j.State.Value, j.Availability.Value)), Is.EqualTo(new[]
            {
                ("J1", "CLOSED", "PRIVATE_TO_ATS_INTEGRATION"),
                ("J2", "LISTED", "PUBLIC"),
            }));
        });
    }

    [Test]
    public async Task WaitForTasks_NotFinalBeforeTheTimeout_ReturnsTheLastStatusSeen()
    {
        _h.Emulator.SetJobPostingProcessingTime(TimeSpan.FromSeconds(5));
        BatchResult<string> submitted = await _h.Client.Jobs.SubmitAsync([Job("J1")], JobPostingOperation.Create);

        IReadOnlyList<JobPostingTask> tasks = await _h.AdvanceWhileAsync(
            () => _h.Client.Jobs.WaitForTasksAsync([submitted.Results[0].ResourceId!], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)),
            TimeSpan.FromSeconds(1));

        Assert.That(tasks.Single().Status, Is.EqualTo(JobPostingTaskStatus.InProgress), "the emulator processes a task in 5 s; the wait gave up after 3 s");
    }

    [Test]
    public async Task Acls_150ForOneJob_AreListedAcrossTwoPages_AndAMemberIsCappedAtTenAcls()
    {
        await PostJobsAsync(Job("J1"));
        PersonUrn member = PersonUrn.FromId("abc123");
        BatchResult<AtsEntityAclKey> acls = await _h.Client.Acls.UpsertAsync(Enumerable.Range(0, 150).Select(i => Acl("G" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), "J1")));
        BatchResult<AtsEntityAclAssigneeKey> assignees = await _h.Client.Acls.UpsertAssigneesAsync(Enumerable.Range(0, 11).Select(i => new AtsEntityAclAssignee("G" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), AtsEntityType.JobPosting, member)));
        _h.Emulator.Journal.Clear();

        List<AtsEntityAcl> listed = [];
        await foreach (AtsEntityAcl acl in _h.Client.Acls.ListAsync(AtsEntityType.JobPosting, "J1"))
        {
            listed.Add(acl);
        }

        int finderCalls = _h.Emulator.Journal.For("/v2/atsEntityAcls").Count;
        Page<AtsEntityAcl> page = await _h.Client.Acls.GetPageAsync(AtsEntityType.JobPosting, "J1", 140, 20);
        Page<AtsEntityAclAssignee> memberPage = await _h.Client.Acls.GetAssigneesPageAsync(member, 0, 100);
        BatchResult<AtsEntityAclAssigneeKey> removed = await _h.Client.Acls.DeleteAssigneesAsync([new("G000", AtsEntityType.JobPosting, member)]);
        BatchResult<AtsEntityAclKey> aclRemoved = await _h.Client.Acls.DeleteAsync([Acl("G149", "J1").Key]);
        List<AtsEntityAclAssignee> left = [];
        await foreach (AtsEntityAclAssignee a in _h.Client.Acls.ListAssigneesAsync(member))
        {
            left.Add(a);
        }

        Assert.Multiple(() =>
        {
            Assert.That(acls.IsSuccess, Is.True);
            Assert.That(acls.Results[149].Key, Is.EqualTo(new AtsEntityAclKey("G149", AtsEntityType.JobPosting, "J1")), "results are keyed by the ACL's key, in input order");
            Assert.That(assignees.SucceededCount, Is.EqualTo(10));
            Assert.That(assignees.Results[10].Outcome, Is.EqualTo(EntityOutcome.Invalid), "the eleventh ACL of one member is refused before sending");
            Assert.That(listed, Has.Count.EqualTo(150));
            Assert.That(listed.Distinct().Count(), Is.EqualTo(150));
            Assert.That(finderCalls, Is.EqualTo(2), "pages of 100");
            Assert.That(page.Items.Select(a => a.AclId), Is.EqualTo(Enumerable.Range(140, 10).Select(i => "G" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That((page.Total, page.HasMore), Is.EqualTo(((int?)150, false)));
            Assert.That(memberPage.Items, Has.Count.EqualTo(10));
            Assert.That(removed.IsSuccess && aclRemoved.IsSuccess, Is.True);
            Assert.That(removed.Results.Single().Key, Is.EqualTo(new AtsEntityAclAssigneeKey("G000", AtsEntityType.JobPosting, member)));
            Assert.That(left.Select(a => a.AclId), Does.Not.Contain("G000"));
            Assert.That(left, Has.Count.EqualTo(9));
        });
    }

    [Test]
    public async Task CustomerWithoutTheInAtsIndicator_EveryCapability_FailsBeforeAnyRequest()
    {
        await _h.AddSdkCustomerAsync("initech", AccessLevel.None);
        ICustomerClient client = _h.Client;
        int before = _h.Emulator.Journal.Entries.Count;

        Assert.Multiple(() =>
        {
            Assert.That(() => client.Candidates.UpsertAsync([Candidate("C1")]), Throws.TypeOf<FeatureNotEnabledException>());
            Assert.That(() => client.Applications.DeleteAsync(["A1"]), Throws.TypeOf<FeatureNotEnabledException>());
            Assert.That(() => client.Jobs.SubmitAsync([Job("J1")], JobPostingOperation.Create), Throws.TypeOf<FeatureNotEnabledException>());
            Assert.That(() => client.Jobs.ListTasksAsync(["urn:li:simpleJobPostingTask:1"]), Throws.TypeOf<FeatureNotEnabledException>());
            Assert.That(() => client.Acls.ListAsync(AtsEntityType.JobPosting, "J1"), Throws.TypeOf<FeatureNotEnabledException>());
            Assert.That(_h.Emulator.Journal.Entries, Has.Count.EqualTo(before));
        });
    }

    [Test]
    public async Task WholeRequestFailure_FailsOnlyItsChunk_AsTransientWithTheStatus()
    {
        _h.Emulator.Faults.FailNext("/v2/atsCandidates", statusCode: HttpStatusCode.ServiceUnavailable, count: 1);

        BatchResult<string> result = await _h.Client.Candidates.UpsertAsync(Enumerable.Range(0, 150).Select(i => Candidate("C" + i)));

        Assert.Multiple(() =>
        {
            Assert.That(result.Results.Take(100).Select(r => (r.Outcome, r.StatusCode, r.IsTransient)), Is.All.EqualTo((EntityOutcome.Failed, (HttpStatusCode?)HttpStatusCode.ServiceUnavailable, true)));
            Assert.That(result.Results.Take(100).Select(r => r.RequestId).Distinct().Single(), Is.Not.Null.And.Not.Empty, "the failed request's id is kept on each entity it carried");
            Assert.That(result.Results.Skip(100).Select(r => r.Outcome), Is.All.EqualTo(EntityOutcome.Succeeded));
            Assert.That(_h.Synced.Candidates, Has.Count.EqualTo(50));
        });
    }

    [Test]
    public void BadArguments_AreRefusedBeforeAnything()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => _h.Client.Candidates.UpsertAsync(null!), Throws.ArgumentNullException);
            Assert.That(() => _h.Client.Candidates.UpsertAsync([Candidate("C1"), null!]), Throws.ArgumentException.With.Message.Contains("Item 1"));
            Assert.That(() => _h.Client.Jobs.SubmitAsync([Job("J1")], (JobPostingOperation)42), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => _h.Client.Acls.GetPageAsync(AtsEntityType.JobPosting, "J1", 0, 101), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(_h.Emulator.Journal.Entries, Is.Empty);
        });
    }

    [Test]
    public async Task DuplicateKeysInOneCall_TheSecondIsReportedInvalid()
    {
        BatchResult<string> result = await _h.Client.Candidates.UpsertAsync([Candidate("C1"), Candidate("C1")]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Results.Select(r => r.Outcome), Is.EqualTo(new[] { EntityOutcome.Succeeded, EntityOutcome.Invalid }));
            Assert.That(result.Results[1].Field, Is.EqualTo("atsCandidateId"));
        });
    }
}
