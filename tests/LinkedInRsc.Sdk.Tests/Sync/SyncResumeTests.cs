using System.Net;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// A sync killed and resumed with the same id ends with the report an uninterrupted run gives: the records the killed
/// run failed or skipped are reported with their own reasons, not hidden behind "covered by the checkpoint".
/// </summary>
[TestFixture]
public sealed class SyncResumeTests
{
    private static readonly JobRecord[] OneJob = [new(AtsData.Job("J1"))];

    [TestCase(2, TestName = "SyncAsync_KilledInTheSecondBatchAndResumed_ReportEqualsAnUninterruptedRun")]
    [TestCase(4, TestName = "SyncAsync_KilledInTheFourthBatchAndResumed_ReportEqualsAnUninterruptedRun")]
    public async Task SyncAsync_KilledAndResumed_ReportEqualsAnUninterruptedRun(int killAtCandidateBatch)
    {
        List<CandidateRecord> records = Input();
        using var straight = new SyncHarness();
        Refuse(straight);
        SyncReport expected = await straight.RunAsync(records, OneJob);

        using var h = new SyncHarness();
        Refuse(h);
        int batches = 0;
        h.Rsc.BeforeCall = (resource, _) => resource == "candidates" && ++batches == killAtCandidateBatch ? new InvalidOperationException("process killed") : null;
        Assert.ThrowsAsync<InvalidOperationException>(() => h.RunAsync(records, OneJob));
        h.Rsc.BeforeCall = null;
        SyncReport resumed = await h.RunAsync(records, OneJob);

        TestContext.Out.WriteLine(
            $"killed at candidate batch {killAtCandidateBatch}: uninterrupted {expected.Totals} with {expected.Issues.Count} issues; " +
            $"resumed {resumed.Totals} with {resumed.Issues.Count} issues ({resumed.CoveredByCheckpoint} covered by the checkpoint); " +
            $"failures reported {expected.Issues.Count(i => i.Outcome != EntityOutcome.Skipped)} vs {resumed.Issues.Count(i => i.Outcome != EntityOutcome.Skipped)}");
        Assert.Multiple(() =>
        {
            Assert.That(resumed.Resumed, Is.True);
            Assert.That(resumed.Totals, Is.EqualTo(expected.Totals));
            Assert.That(resumed.ByKind, Is.EquivalentTo(expected.ByKind));
            Assert.That(resumed.Issues.Select(Comparable), Is.EquivalentTo(expected.Issues.Select(Comparable)));
        });
    }

    /// <summary>An issue without LinkedIn's request id, which differs between runs.</summary>
    internal static (SyncEntityKind, string, EntityOutcome, SyncReason, string?, string?, HttpStatusCode?, int?) Comparable(SyncIssue i) =>
        (i.Kind, i.Key, i.Outcome, i.Reason, i.Field, i.Message, i.StatusCode, i.ServiceErrorCode);

    /// <summary>450 candidates: every 50th prospect-only, every 40th invalid, and LinkedIn refuses the stages of every 30th.</summary>
    private static List<CandidateRecord> Input()
    {
        List<CandidateRecord> records = [.. SyncData.Records(450)];
        for (int i = 0; i < records.Count; i++)
        {
            if (i % 50 == 7)
            {
                records[i] = SyncData.Record(records[i].Candidate.AtsCandidateId, "J1", "Prospect");
            }
            else if (i % 40 == 3)
            {
                records[i] = records[i] with { Candidate = records[i].Candidate with { FirstName = " " } };
            }
        }

        return records;
    }

    private static void Refuse(SyncHarness h) =>
        h.Rsc.RecordStatus = (resource, key, _) => resource == "stages" && int.Parse(key.AsSpan(2, 5), System.Globalization.CultureInfo.InvariantCulture) % 30 == 11 ? HttpStatusCode.BadRequest : null;
}
