using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

[TestFixture]
public sealed class SyncEngineTests
{
    private static readonly JobRecord[] OneJob = [new(AtsData.Job("J1"))];

    [Test]
    public async Task SyncAsync_MixedInput_ReportAccountsForEveryInputRecord()
    {
        using var h = new SyncHarness();
        h.Rsc.RecordStatus = (resource, key, _) => resource == "stages" && key == "AC00003/S1" ? HttpStatusCode.BadRequest : null;
        List<CandidateRecord> records = [.. SyncData.Records(10)];
        records[1] = SyncData.Record("C00002", "J1", "Prospect");                                             // prospect only
        records[4] = records[4] with { Candidate = records[4].Candidate with { AtsLastModifiedAt = AtsData.T0.AddDays(-1) } }; // invalid
        int expected = records.Sum(SyncData.Count) + OneJob.Length;

        SyncReport report = await h.RunAsync(records, OneJob);

        Assert.Multiple(() =>
        {
            Assert.That(report.Totals.Input, Is.EqualTo(expected));
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
            foreach (SyncCounts c in report.ByKind.Values)
            {
                Assert.That(c.Synced + c.Skipped + c.Failed, Is.EqualTo(c.Input));
            }

            Assert.That(report.Totals.Skipped, Is.EqualTo(SyncData.Count(records[1])));
            Assert.That(report.Totals.Failed, Is.EqualTo(SyncData.Count(records[4]) + 1));
            Assert.That(report.Issues.Count(i => i.Outcome is EntityOutcome.Failed or EntityOutcome.Invalid), Is.EqualTo(report.Totals.Failed));
            Assert.That(report.Issues.Where(i => i.Outcome == EntityOutcome.Invalid).Select(i => i.Reason), Is.Not.Empty.And.All.EqualTo(SyncReason.Invalid));
            Assert.That(report.Issues.Single(i => i.Reason == SyncReason.Rejected).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(report.Issues.Single(i => i.Reason == SyncReason.Rejected).RequestId, Does.StartWith("fake-request-"), "the report keeps LinkedIn's request id of the refusal");
            Assert.That(h.Rsc.Stored.Count, Is.EqualTo(report.Totals.Synced));
        });
    }

    [Test]
    public async Task SyncAsync_ProspectOnlyCandidate_IsNeverSentAndReportedSkipped()
    {
        using var h = new SyncHarness();
        CandidateRecord prospect = SyncData.Record("P1", "J1", "Prospect", "prospect ");
        CandidateRecord active = SyncData.Record("C1");

        SyncReport report = await h.RunAsync([prospect, active], OneJob);

        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.Received.Keys.Where(k => k.Contains("P1", StringComparison.Ordinal)), Is.Empty);
            Assert.That(h.Rsc.Stored.ContainsKey("candidates|C1"), Is.True);
            SyncIssue skipped = report.Issues.Single(i => i.Kind == SyncEntityKind.Candidate);
            Assert.That(skipped.Key, Is.EqualTo("P1"));
            Assert.That(skipped.Reason, Is.EqualTo(SyncReason.ProspectOnly));
            Assert.That(report.Issues.Count(i => i.Reason == SyncReason.ProspectOnly), Is.EqualTo(SyncData.Count(prospect)));
        });
    }

    [Test]
    public async Task SyncAsync_CandidateWithoutApplications_IsSkippedAsProspectOnly()
    {
        using var h = new SyncHarness();
        var lone = new CandidateRecord { Candidate = AtsData.Candidate("L1") };

        SyncReport report = await h.RunAsync([lone]);

        Assert.That(report.Issues.Single().Reason, Is.EqualTo(SyncReason.ProspectOnly));
        Assert.That(h.Rsc.Calls, Is.Empty);
    }

    [Test]
    public async Task SyncAsync_ProspectProviderReplaced_UsesHostRule()
    {
        using var h = new SyncHarness(prospects: new ProspectsByIdPrefix('P'));
        var lone = new CandidateRecord { Candidate = AtsData.Candidate("L1") };
        var prospect = new CandidateRecord { Candidate = AtsData.Candidate("P1") };

        SyncReport report = await h.RunAsync([lone, prospect]);

        Assert.That(report.Totals, Is.EqualTo(new SyncCounts { Input = 2, Synced = 1, Skipped = 1 }));
        Assert.That(h.Rsc.Stored.Keys, Is.EqualTo(new[] { "candidates|L1" }));
    }

    [Test]
    public async Task SyncAsync_ProspectApplicationOfActiveCandidate_IsSkippedButCandidateLands()
    {
        using var h = new SyncHarness();
        CandidateRecord record = SyncData.Record("C1");
        CandidateRecord prospectApp = SyncData.Record("X", "J1", "Prospect");
        record = record with { Applications = [.. record.Applications, prospectApp.Applications[0]] };

        SyncReport report = await h.RunAsync([record], OneJob);

        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.Stored.ContainsKey("candidates|C1"), Is.True);
            Assert.That(h.Rsc.Stored.ContainsKey("applications|AX"), Is.False);
            Assert.That(report.Issues.Where(i => i.Kind == SyncEntityKind.Application).Select(i => (i.Key, i.Reason)), Is.EqualTo(new[] { ("AX", SyncReason.ProspectOnly) }));
        });
    }

    [Test]
    public async Task SyncAsync_InvalidRecords_AreReportedWithFieldWhileTheRestLand()
    {
        using var h = new SyncHarness();
        List<CandidateRecord> records = [.. SyncData.Records(3)];
        records[0] = records[0] with { Candidate = records[0].Candidate with { EmailAddresses = ["not-an-email"] } };
        ApplicationRecord app = records[1].Applications[0];
        records[1] = records[1] with { Applications = [app with { Stages = [.. app.Stages, app.Stages[0] with { StageId = "S9", Stage = "Not Available" }] }] };

        SyncReport report = await h.RunAsync(records, OneJob);

        Assert.Multiple(() =>
        {
            SyncIssue candidate = report.Issues.Single(i => i.Kind == SyncEntityKind.Candidate);
            Assert.That((candidate.Key, candidate.Reason, candidate.Field), Is.EqualTo(("C00001", SyncReason.Invalid, "emailAddresses[0]")));
            Assert.That(report.Issues.Where(i => i.Key.StartsWith("AC00001", StringComparison.Ordinal) || i.Key == "C00001/CNC00001").Select(i => i.Reason), Is.All.EqualTo(SyncReason.ParentNotSynced));
            SyncIssue stage = report.Issues.Single(i => i.Kind == SyncEntityKind.ApplicationStage && i.Reason == SyncReason.Invalid);
            Assert.That((stage.Key, stage.Field), Is.EqualTo(("AC00002/S9", "stage")));
            Assert.That(h.Rsc.Stored.ContainsKey("stages|AC00002/S0"), Is.True, "the valid stage of the same application lands");
            Assert.That(h.Rsc.Received.Keys.Any(k => k.Contains("C00001", StringComparison.Ordinal)), Is.False, "an invalid record never reaches the wire, nor do its children");
            Assert.That(h.Rsc.Stored.ContainsKey("candidates|C00003"), Is.True);
        });
    }

    [Test]
    public async Task SyncAsync_ApplicationOfJobNotSynced_IsInvalid()
    {
        using var h = new SyncHarness();

        SyncReport report = await h.RunAsync([SyncData.Record("C1", "NOPE")], OneJob);

        SyncIssue issue = report.Issues.Single(i => i.Kind == SyncEntityKind.Application);
        Assert.That((issue.Reason, issue.Field), Is.EqualTo((SyncReason.Invalid, "atsJobPostingId")));
    }

    [Test]
    public async Task SyncAsync_250Candidates_SendsChunksOfAtMost100InOrder()
    {
        using var h = new SyncHarness();

        SyncReport report = await h.RunAsync(SyncData.Records(250), OneJob);

        List<FakeCall> calls = h.Rsc.Calls.Where(c => c.Resource == "candidates").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.Keys.Count), Is.EqualTo(new[] { 100, 100, 50 }));
            Assert.That(calls.SelectMany(c => c.Keys), Is.EqualTo(SyncData.Records(250).Select(r => r.Candidate.AtsCandidateId)));
            Assert.That(h.Rsc.Calls.Where(c => c.Resource == "applications").Select(c => c.Keys.Count), Is.EqualTo(new[] { 100, 100, 50 }));
            Assert.That(report.Totals.Failed, Is.Zero);
        });
    }

    [Test]
    public async Task SyncAsync_KilledMidRunThenRestarted_EveryRecordLandsAndAtMostTheBatchInFlightIsResent()
    {
        using var h = new SyncHarness();
        List<CandidateRecord> records = [.. SyncData.Records(450)];
        int candidateCalls = 0;
        h.Rsc.BeforeCall = (resource, _) =>
            resource == "candidates" && ++candidateCalls == 3 ? new InvalidOperationException("process killed") : null;

        Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAsync(records, OneJob));
        SyncCheckpoint? checkpoint = await h.Checkpoints.GetAsync("customer-1", "historical");
        Assert.That(checkpoint, Is.EqualTo(new SyncCheckpoint { Stage = SyncStage.Candidates, Position = 200, LastKey = "C00200", UpdatedAt = checkpoint!.UpdatedAt }));

        h.Rsc.BeforeCall = null;
        SyncReport report = await h.RunAsync(records, OneJob);

        Assert.Multiple(() =>
        {
            Assert.That(report.Resumed, Is.True);
            Assert.That(report.CoveredByCheckpoint, Is.EqualTo(200 * SyncData.Count(records[0]) + 1));
            Assert.That(report.Totals.Input, Is.EqualTo(records.Sum(SyncData.Count) + 1));
            Assert.That(report.Totals.Failed, Is.Zero);
            Assert.That(h.Rsc.Stored.Count, Is.EqualTo(records.Sum(SyncData.Count) + 1), "every record is on LinkedIn");
            Assert.That(h.Rsc.Received.Values.Max(), Is.EqualTo(1), "the crash hit before the third batch was sent, so nothing was sent twice");
        });
        Assert.That(await h.Checkpoints.GetAsync("customer-1", "historical"), Is.Null, "a completed sync leaves no checkpoint");
    }

    [Test]
    public async Task SyncAsync_KilledAfterBatchWasSent_ResendsOnlyThatBatch()
    {
        using var h = new SyncHarness();
        List<CandidateRecord> records = [.. SyncData.Records(300)];
        // The candidates of the second batch reach LinkedIn, then the process dies before their applications are sent.
        int applicationCalls = 0;
        h.Rsc.BeforeCall = (resource, _) =>
            resource == "applications" && ++applicationCalls == 2 ? new InvalidOperationException("process killed") : null;

        Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAsync(records, OneJob));
        h.Rsc.BeforeCall = null;
        await h.RunAsync(records, OneJob);

        var twice = h.Rsc.Received.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.Stored.Count, Is.EqualTo(records.Sum(SyncData.Count) + 1));
            Assert.That(h.Rsc.Received.Values.Max(), Is.EqualTo(2));
            Assert.That(twice, Is.EquivalentTo(Enumerable.Range(101, 100).Select(i => "candidates|C" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))));
        });
    }

    [Test]
    public async Task SyncAsync_ResumedWithDifferentOrder_RefusesWithClearError()
    {
        using var h = new SyncHarness();
        List<CandidateRecord> records = [.. SyncData.Records(250)];
        int calls = 0;
        h.Rsc.BeforeCall = (resource, _) => resource == "candidates" && ++calls == 2 ? new InvalidOperationException("killed") : null;
        Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAsync(records, OneJob));
        h.Rsc.BeforeCall = null;
        records.Reverse();

        InvalidOperationException? ex = Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAsync(records, OneJob));

        Assert.That(ex!.Message, Does.Contain("not in the order").And.Contain("delete the checkpoint"));
    }

    [Test]
    public async Task SyncAsync_Cancelled_StopsWithCheckpointAndResumes()
    {
        using var h = new SyncHarness();
        List<CandidateRecord> records = [.. SyncData.Records(300)];
        using var cts = new CancellationTokenSource();
        h.Rsc.BeforeCall = (resource, _) =>
        {
            if (resource == "candidates" && h.Rsc.CountOf("candidates") == 1)
            {
                cts.Cancel(); // cancelled while the second batch is in flight
            }

            return null;
        };

        Assert.That(
            async () => await h.RunAsync(new SyncRequest { SyncId = "historical", Jobs = SyncData.Stream(OneJob), Candidates = SyncData.Stream(records) }, null, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
        SyncCheckpoint? checkpoint = await h.Checkpoints.GetAsync("customer-1", "historical");
        Assert.That(checkpoint!.Position, Is.EqualTo(100));

        h.Rsc.BeforeCall = null;
        SyncReport report = await h.RunAsync(records, OneJob);

        Assert.That(h.Rsc.Stored.Count, Is.EqualTo(records.Sum(SyncData.Count) + 1));
        Assert.That(report.Totals.Synced + report.CoveredByCheckpoint, Is.EqualTo(report.Totals.Input));
    }

    [TestCase(null, TestName = "SyncAsync_WholeRequest429_WaitsTheQuotaWindowOnTheClockThenResendsWithoutLossOrDuplicates")]
    [TestCase(7, TestName = "SyncAsync_WholeRequest429WithRetryAfter_WaitsWhatLinkedInAskedThenResendsWithoutLossOrDuplicates")]
    public async Task SyncAsync_WholeRequest429_WaitsOnTheClockThenResends(int? retryAfterSeconds)
    {
        using var h = new SyncHarness();
        bool thrown = false;
        TimeSpan? retryAfter = retryAfterSeconds is int s ? TimeSpan.FromSeconds(s) : null;
        h.Rsc.BeforeCall = (resource, _) =>
        {
            if (resource == "candidates" && !thrown)
            {
                thrown = true;
                return new LinkedInRscException("Too many requests") { StatusCode = HttpStatusCode.TooManyRequests, IsTransient = true, RetryAfter = retryAfter };
            }

            return null;
        };
        DateTimeOffset start = h.Time.GetUtcNow();

        SyncReport report = await h.RunAsync(SyncData.Records(5), OneJob);

        Assert.Multiple(() =>
        {
            FakeCall first = h.Rsc.Calls.First(c => c.Resource == "candidates");
            Assert.That(first.At - start, Is.EqualTo(h.Options.JobTaskPollInterval + (retryAfter ?? h.Options.RateLimitedRetryDelay)), "after the job task's poll, the retry waited LinkedIn's Retry-After, else the 429 delay, on the clock");
            Assert.That(report.RateLimitWaits, Is.EqualTo(1));
            Assert.That(report.Totals.Failed, Is.Zero);
            Assert.That(h.Rsc.Received.Values, Is.All.EqualTo(1));
            Assert.That(h.Rsc.Stored.Count, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task SyncAsync_PerRecordTransientFailure_RetriesOnlyThatRecord()
    {
        using var h = new SyncHarness();
        h.Rsc.RecordStatus = (resource, key, attempt) => resource == "candidates" && key == "C00002" && attempt < 3 ? HttpStatusCode.ServiceUnavailable : null;

        SyncReport report = await h.RunAsync(SyncData.Records(3), OneJob);

        List<FakeCall> calls = h.Rsc.Calls.Where(c => c.Resource == "candidates").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.Keys.Count), Is.EqualTo(new[] { 3, 1, 1 }));
            Assert.That(calls[1].At - calls[0].At, Is.EqualTo(h.Options.RetryBaseDelay), "first backoff");
            Assert.That(calls[2].At - calls[1].At, Is.EqualTo(h.Options.RetryBaseDelay * 2), "exponential backoff");
            Assert.That(report.Totals.Failed, Is.Zero);
        });
    }

    [Test]
    public async Task SyncAsync_TransientFailureOutlastingRetries_IsReportedRetriesExhausted()
    {
        using var h = new SyncHarness(new SyncOptions { MaxRetryAttempts = 2 });
        h.Rsc.RecordStatus = (resource, key, _) => resource == "candidates" && key == "C00002" ? HttpStatusCode.BadGateway : null;

        SyncReport report = await h.RunAsync(SyncData.Records(2), OneJob);

        SyncIssue issue = report.Issues.Single(i => i.Kind == SyncEntityKind.Candidate);
        Assert.Multiple(() =>
        {
            Assert.That((issue.Key, issue.Reason, issue.StatusCode), Is.EqualTo(("C00002", SyncReason.RetriesExhausted, (HttpStatusCode?)HttpStatusCode.BadGateway)));
            Assert.That(h.Rsc.Received["candidates|C00002"], Is.EqualTo(3));
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task SyncAsync_PermanentRecordFailure_IsReportedWithLinkedInsReasonAndNotRetried()
    {
        using var h = new SyncHarness();
        h.Rsc.RecordStatus = (resource, key, _) => resource == "applications" && key == "AC00001" ? HttpStatusCode.UnprocessableEntity : null;

        SyncReport report = await h.RunAsync(SyncData.Records(2), OneJob);

        SyncIssue issue = report.Issues.Single(i => i.Kind == SyncEntityKind.Application);
        Assert.Multiple(() =>
        {
            Assert.That((issue.Reason, issue.StatusCode, issue.ServiceErrorCode, issue.Message), Is.EqualTo((SyncReason.Rejected, (HttpStatusCode?)HttpStatusCode.UnprocessableEntity, (int?)100, "refused by the fake")));
            Assert.That(h.Rsc.Received["applications|AC00001"], Is.EqualTo(1));
            Assert.That(report.Issues.Count(i => i.Reason == SyncReason.ParentNotSynced), Is.EqualTo(4), "two stages, a note and feedback");
        });
    }

    [Test]
    public async Task SyncAsync_LowQuota_StaysWithinRecordsPerMinuteWithoutA429()
    {
        // One request at a time, so that the fake stamps each request at the instant the limiter admitted it (with
        // concurrent workers the fake clock may jump between admission and arrival, like network latency would).
        using var h = new SyncHarness(new SyncOptions { MaxConcurrency = 1 }, new QuotaOptions { RecordsPerMinute = 500 });
        h.Rsc.QuotaRecordsPerMinute = 500;
        List<CandidateRecord> records = [.. SyncData.Records(400)];

        SyncReport report = await h.RunAsync(records, OneJob);

        int total = records.Sum(SyncData.Count) + 1;
        List<FakeCall> calls = h.Rsc.Calls;
        int worstMinute = calls.Max(c => calls.Where(o => o.At > c.At - TimeSpan.FromMinutes(1) && o.At <= c.At).Sum(o => o.Keys.Count));
        TimeSpan span = calls[^1].At - calls[0].At;
        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.QuotaRejections, Is.Zero, "no 429 from our own traffic");
            Assert.That(worstMinute, Is.LessThanOrEqualTo(500));
            Assert.That(worstMinute, Is.GreaterThan(400), "the quota is used, not wasted");
            Assert.That(span, Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes((total / 500.0) - 1.5)));
            Assert.That(report.Totals.Synced, Is.EqualTo(total));
            Assert.That(report.RateLimitWaits, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task SyncAsync_Progress_IsReportedAfterEveryBatchWithCountsAndRate()
    {
        using var h = new SyncHarness(quota: new QuotaOptions { RecordsPerMinute = 1000 });
        var seen = new List<SyncProgress>();
        var progress = new SynchronousProgress<SyncProgress>(seen.Add);

        SyncReport report = await h.RunAsync(new SyncRequest { SyncId = "s", Jobs = SyncData.Stream(OneJob), Candidates = SyncData.Stream(SyncData.Records(250)) }, progress);

        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(p => (p.Stage, p.Position)), Is.EqualTo(new[] { (SyncStage.Jobs, 1L), (SyncStage.Candidates, 100L), (SyncStage.Candidates, 200L), (SyncStage.Candidates, 250L) }));
            Assert.That(seen.Select(p => p.Synced), Is.Ordered.Ascending);
            Assert.That(seen[^1].Synced, Is.EqualTo(report.Totals.Synced), "the job was counted when its task succeeded, before the candidates");
            Assert.That(seen[^1].Elapsed, Is.GreaterThan(TimeSpan.FromMinutes(1)), "1,750 records at 1,000 a minute");
            Assert.That(seen[^1].RecordsPerMinute, Is.EqualTo(1752 / seen[^1].Elapsed.TotalMinutes).Within(0.001), "records through the quota per minute: 1,750 candidate records, the job and its task read");
        });
    }

    [Test]
    public async Task SyncAsync_JobTaskFails_JobReportedFailedWithLinkedInsReason()
    {
        using var h = new SyncHarness();
        h.Rsc.TaskOutcome = (jobId, task) => jobId == "J2" ? task with { Status = JobPostingTaskStatus.Failed, ErrorMessage = "Location not recognized" } : task;
        JobRecord[] jobs = [new(AtsData.Job("J1")), new(AtsData.Job("J2"))];
        DateTimeOffset start = h.Time.GetUtcNow();

        SyncReport report = await h.RunAsync([], jobs);

        SyncIssue issue = report.Issues.Single();
        Assert.Multiple(() =>
        {
            Assert.That((issue.Key, issue.Reason, issue.Message), Is.EqualTo(("J2", SyncReason.JobTaskFailed, "Location not recognized")));
            Assert.That(report.ByKind[SyncEntityKind.Job], Is.EqualTo(new SyncCounts { Input = 2, Synced = 1, Failed = 1 }));
            Assert.That(report.CompletedAt - start, Is.EqualTo(h.Options.JobTaskPollInterval), "tasks are polled once, after the poll interval, on the clock");
        });
    }

    [Test]
    public async Task SyncAsync_WithJobs_SendsNoCandidateOrApplicationBeforeTheJobTasksAreFinal()
    {
        using var h = new SyncHarness();
        DateTimeOffset start = h.Time.GetUtcNow();

        SyncReport report = await h.RunAsync(SyncData.Records(2), OneJob);

        FakeCall firstCandidates = h.Rsc.Calls.First(c => c.Resource == "candidates");
        Assert.Multiple(() =>
        {
            Assert.That(firstCandidates.At - start, Is.EqualTo(TimeSpan.FromMinutes(5)), "by default the job task is looked at once, five minutes after submitting (LinkedIn's advice), before any candidate");
            Assert.That(h.Rsc.Calls.TakeWhile(c => c != firstCandidates).Select(c => c.Resource), Is.EqualTo(new[] { "jobs" }));
            Assert.That(report.ByKind[SyncEntityKind.Job].Synced, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SyncAsync_JobTaskFails_ItsApplicationsAreNotSentAndReportedParentNotSynced()
    {
        using var h = new SyncHarness();
        h.Rsc.TaskOutcome = (jobId, task) => jobId == "J2" ? task with { Status = JobPostingTaskStatus.Failed, ErrorMessage = "Location not recognized" } : task;
        JobRecord[] jobs = [new(AtsData.Job("J1")), new(AtsData.Job("J2"))];
        CandidateRecord[] records = [SyncData.Record("C1", "J1"), SyncData.Record("C2", "J2")];

        SyncReport report = await h.RunAsync(records, jobs);

        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.Calls.Where(c => c.Resource == "applications").SelectMany(c => c.Keys), Is.EqualTo(new[] { "AC1" }));
            Assert.That(h.Rsc.Calls.Where(c => c.Resource == "candidates").SelectMany(c => c.Keys), Is.EquivalentTo(new[] { "C1", "C2" }), "the candidate does not depend on the job");
            SyncIssue app = report.Issues.Single(i => i.Kind == SyncEntityKind.Application);
            Assert.That((app.Key, app.Reason, app.Field), Is.EqualTo(("AC2", SyncReason.ParentNotSynced, "atsJobPostingId")));
            Assert.That(report.ByKind[SyncEntityKind.ApplicationStage], Is.EqualTo(new SyncCounts { Input = 4, Synced = 2, Failed = 2 }));
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task SyncAsync_KilledWhileFollowingJobTasks_ResumedRunFollowsThemAndReportsTheRefusedJob()
    {
        using var h = new SyncHarness();
        using var kill = new CancellationTokenSource();
        bool killed = false;
        h.Rsc.TaskOutcome = (jobId, task) =>
        {
            if (!killed)
            {
                killed = true;
                kill.Cancel();
                throw new OperationCanceledException(kill.Token); // the process dies while it looks at the tasks
            }

            return jobId == "J2" ? task with { Status = JobPostingTaskStatus.Failed, ErrorMessage = "Location not recognized" } : task;
        };
        JobRecord[] jobs = [new(AtsData.Job("J1")), new(AtsData.Job("J2"))];
        CandidateRecord[] records = [SyncData.Record("C1", "J1"), SyncData.Record("C2", "J2")];

        Assert.That(
            async () => await h.RunAsync(new SyncRequest { SyncId = "historical", Jobs = SyncData.Stream(jobs), Candidates = SyncData.Stream(records) }, null, kill.Token),
            Throws.InstanceOf<OperationCanceledException>());
        SyncCheckpoint? checkpoint = await h.Checkpoints.GetAsync("customer-1", "historical");
        Assert.That(checkpoint!.PendingJobTasks.Values, Is.EquivalentTo(new[] { "J1", "J2" }), "the checkpoint remembers the tasks not yet seen final");

        SyncReport report = await h.RunAsync(records, jobs);

        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.CountOf("jobs"), Is.EqualTo(1), "the jobs are not submitted again");
            Assert.That(report.Resumed, Is.True);
            Assert.That(report.ByKind[SyncEntityKind.Job], Is.EqualTo(new SyncCounts { Input = 2, Synced = 1, Failed = 1 }), "both jobs are reported from their tasks, not as covered by the checkpoint");
            Assert.That(report.Issues.Single(i => i.Kind == SyncEntityKind.Job).Message, Is.EqualTo("Location not recognized"));
            Assert.That(h.Rsc.Calls.Where(c => c.Resource == "applications").SelectMany(c => c.Keys), Is.EqualTo(new[] { "AC1" }));
            Assert.That(report.Issues.Single(i => i.Kind == SyncEntityKind.Application).Reason, Is.EqualTo(SyncReason.ParentNotSynced));
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task SyncAsync_JobTaskNeverFinishes_ReportedFailedAfterTimeout()
    {
        using var h = new SyncHarness(new SyncOptions { JobTaskPollInterval = TimeSpan.FromMinutes(5), JobTaskTimeout = TimeSpan.FromMinutes(20) });
        h.Rsc.TaskOutcome = (_, task) => task with { Status = JobPostingTaskStatus.InProgress };

        SyncReport report = await h.RunAsync([], OneJob);

        Assert.That(report.Issues.Single().Reason, Is.EqualTo(SyncReason.JobTaskFailed));
        Assert.That(h.Rsc.Calls.Count(c => c.Resource == "jobs"), Is.EqualTo(1));
    }

    [Test]
    public async Task SyncAsync_IncrementalChange_UsesTheSamePath()
    {
        using var h = new SyncHarness();
        await h.RunAsync(SyncData.Records(3), OneJob);
        CandidateRecord moved = SyncData.Record("C00002", "J1", "Prospect", "Phone Screen", "Onsite");
        int before = h.Rsc.Calls.Count;

        SyncReport report = await h.RunAsync([moved], syncId: "incremental");

        Assert.Multiple(() =>
        {
            Assert.That(report.Totals.Synced, Is.EqualTo(SyncData.Count(moved)));
            Assert.That(h.Rsc.Stored.ContainsKey("stages|AC00002/S2"), Is.True);
            Assert.That(h.Rsc.Calls.Skip(before).Select(c => c.Resource), Does.Not.Contain("jobs"));
        });
    }

    [Test]
    public async Task DeleteAsync_CandidatesAndApplications_RemovedAndAccounted()
    {
        using var h = new SyncHarness();
        await h.RunAsync(SyncData.Records(3), OneJob);
        Deletion[] deletions = [new(DeletionKind.Candidate, "C00001"), new(DeletionKind.Application, "AC00002"), new(DeletionKind.Candidate, " ")];

        SyncReport report = await h.DriveAsync(h.CreateEngine().DeleteAsync(new DeletionRequest { SyncId = "gdpr", Deletions = SyncData.Stream(deletions) }));

        Assert.Multiple(() =>
        {
            Assert.That(h.Rsc.Stored.ContainsKey("candidates|C00001"), Is.False);
            Assert.That(h.Rsc.Stored.ContainsKey("applications|AC00002"), Is.False);
            Assert.That(h.Rsc.Stored.ContainsKey("candidates|C00002"), Is.True);
            Assert.That(report.Totals, Is.EqualTo(new SyncCounts { Input = 3, Synced = 2, Failed = 1 }));
            Assert.That(report.Issues.Single().Reason, Is.EqualTo(SyncReason.Invalid));
        });
    }

    [Test]
    public async Task SyncAsync_Telemetry_RecordsBatchesAndActivitiesEmitted()
    {
        using var h = new SyncHarness();
        var measurements = new List<(string Instrument, long Value, string? Outcome)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "LinkedInRsc")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? outcome = null;
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    outcome = (string?)tag.Value;
                }
            }

            lock (measurements)
            {
                measurements.Add((instrument.Name, value, outcome));
            }
        });
        meterListener.Start();
        var activities = new List<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "LinkedInRsc",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (activities)
                {
                    activities.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(activityListener);
        List<CandidateRecord> records = [SyncData.Record("C1"), SyncData.Record("P1", "J1", "Prospect")];

        SyncReport report = await h.RunAsync(records, OneJob, syncId: "telemetry");

        meterListener.Dispose();
        Assert.Multiple(() =>
        {
            Assert.That(measurements.Where(m => m.Instrument == "linkedinrsc.sync.records" && m.Outcome == "synced").Sum(m => m.Value), Is.GreaterThanOrEqualTo(report.Totals.Synced));
            Assert.That(measurements.Where(m => m.Instrument == "linkedinrsc.sync.records" && m.Outcome == "skipped").Sum(m => m.Value), Is.GreaterThanOrEqualTo(report.Totals.Skipped));
            Assert.That(measurements.Count(m => m.Instrument == "linkedinrsc.sync.batches"), Is.GreaterThanOrEqualTo((int)report.Requests));
            Assert.That(activities.Select(a => a.OperationName), Does.Contain("linkedinrsc.sync").And.Contain("linkedinrsc.sync.batch"));
        });
    }

    [Test]
    public void Constructor_BatchSizeOver100_ThrowsNamingTheSetting()
    {
        using var h = new SyncHarness(new SyncOptions { BatchSize = 101 });

        ArgumentOutOfRangeException? ex = Assert.Throws<ArgumentOutOfRangeException>(() => h.CreateEngine());

        Assert.That(ex!.Message, Does.Contain("BatchSize").And.Contain("100"));
    }

    [Test]
    public void Report_ToString_CarriesCountsOnly()
    {
        var issue = new SyncIssue { Kind = SyncEntityKind.Candidate, Key = "C1", Outcome = EntityOutcome.Failed, Reason = SyncReason.Rejected, Message = "ada@example.com is bad" };

        Assert.That(issue.ToString(), Does.Not.Contain("ada").And.Not.Contain("C1"));
    }

    /// <summary>A host's own rule: candidates whose id starts with a letter are prospects; applications never are.</summary>
    private sealed class ProspectsByIdPrefix(char prefix) : IProspectStageProvider
    {
        public bool IsProspectOnly(ApplicationRecord application) => false;

        public bool IsProspectOnly(CandidateRecord candidate) => candidate.Candidate.AtsCandidateId.StartsWith(prefix);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
