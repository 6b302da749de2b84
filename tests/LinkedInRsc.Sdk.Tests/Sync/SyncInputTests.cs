using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// What the sync engine does with input it cannot send as it is: each bad record is refused on its own, with the
/// field that is wrong, before any request — the rest of its batch is sent, nothing is written under another parent,
/// and nothing crashes the run.
/// </summary>
[TestFixture]
public sealed class SyncInputTests
{
    private static readonly JobRecord[] OneJob = [new(AtsData.Job("J1"))];

    public static IEnumerable<TestCaseData> MisplacedChildren()
    {
        CandidateRecord r = SyncData.Record("C2");
        ApplicationRecord a = r.Applications[0];
        yield return new TestCaseData(r with { Notes = [r.Notes[0] with { AtsCandidateId = "C1" }] }, SyncEntityKind.CandidateNote, "C1/CNC2", "atsCandidateId")
            .SetName("SyncAsync_CandidateNoteNamingAnotherCandidate_IsRefusedAndNotSent");
        yield return new TestCaseData(r with { Applications = [a with { Application = a.Application with { AtsCandidateId = "C1" } }] }, SyncEntityKind.Application, "AC2", "atsCandidateId")
            .SetName("SyncAsync_ApplicationNamingAnotherCandidate_IsRefusedAndNotSent");
        yield return new TestCaseData(r with { Applications = [a with { Stages = [a.Stages[1] with { AtsJobApplicationId = "AC1", StageId = "S9" }] }] }, SyncEntityKind.ApplicationStage, "AC1/S9", "atsJobApplicationId")
            .SetName("SyncAsync_StageNamingAnotherApplication_IsRefusedAndNotSent");
        yield return new TestCaseData(r with { Applications = [a with { Notes = [a.Notes[0] with { AtsJobApplicationId = "AC1", NoteId = "AN9" }] }] }, SyncEntityKind.ApplicationNote, "AC1/AN9", "atsJobApplicationId")
            .SetName("SyncAsync_ApplicationNoteNamingAnotherApplication_IsRefusedAndNotSent");
        yield return new TestCaseData(r with { Applications = [a with { InterviewFeedback = [a.InterviewFeedback[0] with { AtsJobApplicationId = "AC1", FeedbackId = "F9" }] }] }, SyncEntityKind.InterviewFeedback, "AC1/F9", "atsJobApplicationId")
            .SetName("SyncAsync_FeedbackNamingAnotherApplication_IsRefusedAndNotSent");
    }

    [TestCaseSource(nameof(MisplacedChildren))]
    public async Task SyncAsync_ChildNamingAnotherParent_IsRefusedAndNotSent(CandidateRecord misplaced, SyncEntityKind kind, string key, string field)
    {
        using var h = new SyncHarness();
        CandidateRecord first = SyncData.Record("C1");
        int inputRecords = SyncData.Count(first) + SyncData.Count(misplaced) + 1;

        SyncReport report = await h.RunAsync([first, misplaced], OneJob);

        string[] sent = [.. h.Rsc.Received.Keys.Where(k => k.EndsWith("|" + key, StringComparison.Ordinal))];
        TestContext.Out.WriteLine($"{kind} {key} nested under C2: sent {sent.Length}, issues {report.Issues.Count}");
        Assert.Multiple(() =>
        {
            SyncIssue issue = report.Issues.Single(i => i.Kind == kind);
            Assert.That((issue.Key, issue.Outcome, issue.Reason, issue.Field), Is.EqualTo((key, EntityOutcome.Invalid, SyncReason.Invalid, field)));
            Assert.That(issue.Message, Does.Contain("nested in"));
            Assert.That(sent, Is.Empty, "nothing is written for the misplaced record");
            Assert.That(report.Totals.Input, Is.EqualTo(inputRecords));
            Assert.That(report.Totals.Synced + report.Totals.Failed, Is.EqualTo(inputRecords), "the rest lands");
            Assert.That(report.Totals.Synced, Is.EqualTo(inputRecords - report.Totals.Failed));
        });
    }

    [Test]
    public async Task SyncAsync_NullCollectionsAndNullRecords_AreReportedPerRecord_AndTheRestLands()
    {
        using var h = new SyncHarness();
        CandidateRecord ok = SyncData.Record("C1");
        CandidateRecord noNotes = SyncData.Record("C2") with { Notes = null! };
        CandidateRecord noApplications = SyncData.Record("C3") with { Applications = null! };
        CandidateRecord template = SyncData.Record("C4");
        CandidateRecord noStages = template with { Applications = [template.Applications[0] with { Stages = null! }] };
        CandidateRecord noCandidate = new() { Candidate = null! };
        CandidateRecord nullNote = SyncData.Record("C5") with { Notes = [null!] };

        SyncReport report = await h.RunAsync([ok, noNotes, null!, noApplications, noStages, noCandidate, nullNote], OneJob);

        Assert.Multiple(() =>
        {
            Assert.That(
                report.Issues.Where(i => i.Reason == SyncReason.Invalid).Select(i => (i.Kind, i.Key, i.Field)),
                Is.EquivalentTo(new[]
                {
                    (SyncEntityKind.Candidate, "C2", "notes"),
                    (SyncEntityKind.Candidate, string.Empty, "record"),
                    (SyncEntityKind.Candidate, "C3", "applications"),
                    (SyncEntityKind.Application, "AC4", "stages"),
                    (SyncEntityKind.Candidate, string.Empty, "candidate"),
                    (SyncEntityKind.Candidate, "C5", "notes[0]"),
                }));
            Assert.That(h.Rsc.Stored.Keys.Where(k => k.StartsWith("candidates|", StringComparison.Ordinal)), Is.EquivalentTo(new[] { "candidates|C1", "candidates|C4" }));
            Assert.That(h.Rsc.Stored.ContainsKey("applications|AC1"), Is.True, "the valid record in the same batch is sent in full");
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task SyncAsync_NullJobRecord_IsReportedAndTheOtherJobsAreSent()
    {
        using var h = new SyncHarness();

        SyncReport report = await h.RunAsync([], [new(AtsData.Job("J1")), null!, new(null!)]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Issues.Select(i => (i.Kind, i.Key, i.Field)), Is.EquivalentTo(new[] { (SyncEntityKind.Job, string.Empty, "record"), (SyncEntityKind.Job, string.Empty, "job") }));
            Assert.That(report.ByKind[SyncEntityKind.Job], Is.EqualTo(new SyncCounts { Input = 3, Synced = 1, Failed = 2 }));
        });
    }

    [Test]
    public async Task DeleteAsync_NullDeletion_IsReportedAndTheOthersAreSent()
    {
        using var h = new SyncHarness();
        await h.RunAsync(SyncData.Records(2), OneJob);

        SyncReport report = await h.DriveAsync(h.CreateEngine().DeleteAsync(new DeletionRequest { SyncId = "gdpr", Deletions = SyncData.Stream<Deletion>([new(DeletionKind.Candidate, "C00001"), null!]) }));

        Assert.Multiple(() =>
        {
            Assert.That(report.Issues.Select(i => (i.Kind, i.Key, i.Field)), Is.EqualTo(new[] { (SyncEntityKind.CandidateDeletion, string.Empty, "record") }));
            Assert.That(h.Rsc.Stored.ContainsKey("candidates|C00001"), Is.False);
        });
    }
}
