using System.Net;
using CsCheck;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// The promise of checkpoints, as a property: a sync killed at any request (once, or again while resuming) and then
/// resumed with the same id ends with what LinkedIn holds AND the report of a run that was never interrupted — no
/// record lost, none written twice under another key, no job posted twice, no outcome hidden.
/// </summary>
[TestFixture]
public sealed class SyncCrashResumeTests
{
    private static readonly SyncOptions Options = new() { BatchSize = 20, JobTaskPollInterval = TimeSpan.FromSeconds(1), MaxConcurrency = 1 };

    [Test]
    public async Task SyncAsync_KilledAtAnyRequestAndResumed_EndsWithTheStateAndReportOfAnUninterruptedRun()
    {
        Input input = Input.Create();
        using var straight = Harness();
        SyncReport expected = await straight.RunAsync(input.Request());
        int calls = straight.Rsc.Calls.Count;
        Assert.That(expected.Issues, Is.Not.Empty, "the input has records that fail or are skipped, so hiding them would show");

        // A first kill at any request, and maybe (0 = no) a second one while resuming.
        await Gen.Select(Gen.Int[0, calls - 1], Gen.Int[0, calls / 2]).SampleAsync(
            async (firstKill, secondKill) =>
            {
                using SyncHarness h = Harness();
                await KillAtAsync(h, input, firstKill);
                if (secondKill > 0)
                {
                    await KillAtAsync(h, input, h.Rsc.Calls.Count + secondKill - 1);
                }

                SyncReport resumed = await h.RunAsync(input.Request());

                Assert.That(resumed.Totals, Is.EqualTo(expected.Totals), $"killed at request {firstKill}, then {secondKill}");
                Assert.That(resumed.ByKind, Is.EquivalentTo(expected.ByKind));
                Assert.That(resumed.Issues.Select(SyncResumeTests.Comparable), Is.EquivalentTo(expected.Issues.Select(SyncResumeTests.Comparable)));
                Assert.That(h.Rsc.Stored, Is.EquivalentTo(straight.Rsc.Stored), "LinkedIn holds exactly what an uninterrupted run leaves");
                Assert.That(h.Rsc.PostedJobs, Is.EquivalentTo(straight.Rsc.PostedJobs));
            },
            iter: 40,
            threads: 1);
    }

    private static SyncHarness Harness()
    {
        var h = new SyncHarness(Options);
        h.Rsc.PostsJobsOnce = true;
        h.Rsc.PostedJobs.Add("J3"); // posted by an earlier sync: the default CREATE must turn into an UPDATE

        // LinkedIn refuses the stages of every 30th application.
        h.Rsc.RecordStatus = (resource, key, _) => resource == "stages" && key.StartsWith("AC", StringComparison.Ordinal)
            && int.Parse(key.AsSpan(2, 4), System.Globalization.CultureInfo.InvariantCulture) % 30 == 11 ? HttpStatusCode.BadRequest : null;
        return h;
    }

    private static async Task KillAtAsync(SyncHarness h, Input input, int request)
    {
        h.Rsc.BeforeCall = (_, index) => index == request ? new InvalidOperationException("The ATS process was killed.") : null;
        try
        {
            await h.RunAsync(input.Request());
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("killed", StringComparison.Ordinal))
        {
            // As if the process died here: the checkpoint store keeps what the run saved.
        }
        finally
        {
            h.Rsc.BeforeCall = null;
        }
    }

    /// <summary>
    /// Three jobs (J3 already posted, so its CREATE is answered JOB_ALREADY_EXISTS) and 150 candidates over them:
    /// every 50th prospect-only, every 40th invalid.
    /// </summary>
    private sealed record Input(List<JobRecord> Jobs, List<CandidateRecord> Candidates)
    {
        public static Input Create()
        {
            List<JobRecord> jobs = [new(AtsData.Job("J1")), new(AtsData.Job("J2")), new(AtsData.Job("J3"))];
            var candidates = new List<CandidateRecord>();
            for (int i = 1; i <= 150; i++)
            {
                string id = "C" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                CandidateRecord record = i % 50 == 7 ? SyncData.Record(id, "J" + (1 + (i % 3)), "Prospect") : SyncData.Record(id, "J" + (1 + (i % 3)));
                candidates.Add(i % 40 == 3 ? record with { Candidate = record.Candidate with { FirstName = " " } } : record);
            }

            return new Input(jobs, candidates);
        }

        public SyncRequest Request() => new()
        {
            SyncId = "historical",
            Jobs = SyncData.Stream(Jobs),
            Candidates = SyncData.Stream(Candidates),
        };
    }
}
