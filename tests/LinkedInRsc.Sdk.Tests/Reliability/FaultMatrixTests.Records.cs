using LinkedInRsc.Acls;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>The matrix's record columns: the capability clients that write records, the sync engine and its deletions.</summary>
public sealed partial class FaultMatrixTests
{
    private static Subject[] RecordSubjects() =>
    [
        OnCustomer("Candidates.UpsertAsync", "/v2/atsCandidates", null, UpsertCandidatesAsync, CheckCandidatesAsync),
        OnCustomer("Applications.UpsertAsync", "/v2/atsApplications", PostJobAndCandidatesAsync, UpsertApplicationsAsync, CheckApplicationsAsync),
        OnCustomer("Jobs.SubmitAsync", "/v2/simpleJobPostings", null, SubmitJobsAsync, CheckJobsAsync),
        OnCustomer("Acls.UpsertAsync", "/v2/atsEntityAcls", PostJobAsync, UpsertAclsAsync, CheckAclsAsync),
        OnCustomer("SyncEngine.SyncAsync", "/v2/atsCandidates", null, SyncAsync, CheckSyncAsync),
        OnCustomer("SyncEngine.DeleteAsync", "/v2/atsCandidates", UpsertThreeCandidatesAsync, DeleteAsync, CheckDeletedAsync),
    ];

    private static async Task<string> UpsertCandidatesAsync(EmulatorHarness h) =>
        Outcomes(await h.Client.Candidates.UpsertAsync([Candidate("C1"), Candidate("C2"), Candidate("C3")]));

    private static Task CheckCandidatesAsync(EmulatorHarness h, string cell)
    {
        IReadOnlyList<EmulatedSyncedCandidate> stored = h.Synced.Candidates;
        Assert.That(stored.Select(c => c.AtsCandidateId).Distinct().Count(), Is.EqualTo(stored.Count), "no candidate stored twice");
        if (cell.StartsWith("3 succeeded", StringComparison.Ordinal))
        {
            Assert.That(stored, Has.Count.EqualTo(3), cell);
        }

        return Task.CompletedTask;
    }

    private static async Task PostJobAsync(EmulatorHarness h)
    {
        h.Emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        BatchResult<string> job = await h.Client.Jobs.SubmitAsync([Job("J1")], JobPostingOperation.Create);
        IReadOnlyList<JobPostingTask> tasks = await h.Client.Jobs.WaitForTasksAsync([job.Results[0].ResourceId!], TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.That(tasks.Single().Status, Is.EqualTo(JobPostingTaskStatus.Succeeded));
    }

    private static async Task PostJobAndCandidatesAsync(EmulatorHarness h)
    {
        await PostJobAsync(h);
        await UpsertThreeCandidatesAsync(h);
    }

    private static async Task UpsertThreeCandidatesAsync(EmulatorHarness h)
    {
        BatchResult<string> candidates = await h.Client.Candidates.UpsertAsync([Candidate("C1"), Candidate("C2"), Candidate("C3")]);
        Assert.That(candidates.IsSuccess, Is.True, string.Join("; ", candidates.GetFailures()));
    }

    private static async Task<string> UpsertApplicationsAsync(EmulatorHarness h) =>
        Outcomes(await h.Client.Applications.UpsertAsync([.. Enumerable.Range(1, 3).Select(i => Application("A" + i, "C" + i, "J1"))]));

    private static Task CheckApplicationsAsync(EmulatorHarness h, string cell)
    {
        IReadOnlyList<EmulatedSyncedApplication> stored = h.Synced.Applications;
        Assert.That(stored.Select(a => a.AtsJobApplicationId).Distinct().Count(), Is.EqualTo(stored.Count), "no application stored twice");
        if (cell.StartsWith("3 succeeded", StringComparison.Ordinal))
        {
            Assert.That(stored.Select(a => a.AtsJobApplicationId), Is.EquivalentTo(new[] { "A1", "A2", "A3" }), cell);
        }

        return Task.CompletedTask;
    }

    private static async Task<string> SubmitJobsAsync(EmulatorHarness h) =>
        Outcomes(await h.Client.Jobs.SubmitAsync([Job("J1"), Job("J2")], JobPostingOperation.Create));

    private static Task CheckJobsAsync(EmulatorHarness h, string cell)
    {
        IReadOnlyList<EmulatedJobPosting> jobs = h.Synced.Jobs;
        Assert.That(jobs.Select(j => j.JobPostingUrn).Distinct().Count(), Is.EqualTo(jobs.Count), "no job posted twice");
        return Task.CompletedTask;
    }

    private static async Task<string> UpsertAclsAsync(EmulatorHarness h) =>
        Outcomes(await h.Client.Acls.UpsertAsync([Acl("G1", "J1"), Acl("G2", "J1"), Acl("G3", "J1")]));

    private static async Task CheckAclsAsync(EmulatorHarness h, string cell)
    {
        h.Emulator.Faults.Clear();
        var listed = new List<string>();
        await foreach (AtsEntityAcl acl in h.Client.Acls.ListAsync(AtsEntityType.JobPosting, "J1"))
        {
            listed.Add(acl.AclId);
        }

        Assert.That(listed.Distinct().Count(), Is.EqualTo(listed.Count), "no ACL stored twice");
        if (cell.StartsWith("3 succeeded", StringComparison.Ordinal))
        {
            Assert.That(listed, Is.EquivalentTo(new[] { "G1", "G2", "G3" }), cell);
        }
    }

    private static SyncEngineFactory Engines(EmulatorHarness h) => (SyncEngineFactory)h.Services.GetRequiredService<ISyncEngineFactory>();

    private static SyncOptions QuickSync => new() { JobTaskPollInterval = TimeSpan.FromSeconds(1), RetryBaseDelay = TimeSpan.FromSeconds(1) };

    private static async Task<string> SyncAsync(EmulatorHarness h)
    {
        ISyncEngine engine = Engines(h).Create(h.Client, QuickSync);
        var request = new SyncRequest
        {
            SyncId = "matrix",
            Jobs = Sync.SyncData.Stream([new JobRecord(Job("J1"))]),
            Candidates = Sync.SyncData.Stream(Enumerable.Range(1, 3).Select(i => new CandidateRecord
            {
                Candidate = Candidate("C" + i),
                Applications = [new ApplicationRecord { Application = Application("A" + i, "C" + i, "J1"), Stages = [Stage("A" + i, "S1")] }],
            })),
        };
        SyncReport report = await engine.SyncAsync(request); // 7 records never wait for quota: the matrix's driver moves the clock
        return Totals(report);
    }

    private static string Totals(SyncReport report) =>
        $"synced {report.Totals.Synced}/{report.Totals.Input}" + (report.Totals.Failed > 0 ? $", failed {report.Totals.Failed} ({string.Join(", ", report.Issues.Select(i => i.Reason).Distinct())})" : string.Empty);

    private static Task CheckSyncAsync(EmulatorHarness h, string cell)
    {
        EmulatedSyncedData synced = h.Synced;
        Assert.That(synced.Jobs, Has.Count.LessThanOrEqualTo(1), "the job is posted once");
        Assert.That(synced.Candidates.Select(c => c.AtsCandidateId).Distinct().Count(), Is.EqualTo(synced.Candidates.Count));
        if (cell.StartsWith("synced 10/10", StringComparison.Ordinal))
        {
            Assert.That(synced.Candidates, Has.Count.EqualTo(3), cell);
            Assert.That(synced.Applications, Has.Count.EqualTo(3), cell);
        }

        return Task.CompletedTask;
    }

    private static async Task<string> DeleteAsync(EmulatorHarness h)
    {
        ISyncEngine engine = Engines(h).Create(h.Client, QuickSync);
        SyncReport report = await engine.DeleteAsync(new DeletionRequest
        {
            SyncId = "matrix-deletion",
            Deletions = Sync.SyncData.Stream(Enumerable.Range(1, 3).Select(i => new Deletion(DeletionKind.Candidate, "C" + i))),
        });
        return Totals(report);
    }

    private static Task CheckDeletedAsync(EmulatorHarness h, string cell)
    {
        IReadOnlyList<EmulatedSyncedCandidate> left = h.Synced.Candidates;
        Assert.That(left.Select(c => c.AtsCandidateId).Distinct().Count(), Is.EqualTo(left.Count));
        if (cell.StartsWith("synced 3/3", StringComparison.Ordinal))
        {
            Assert.That(left, Is.Empty, $"{cell}, yet LinkedIn still holds a deleted candidate");
        }
        else
        {
            Assert.That(left, Has.Count.EqualTo(3), $"{cell}: a deletion reported failed is not done on LinkedIn");
        }

        return Task.CompletedTask;
    }
}
