using System.Globalization;
using System.Runtime.CompilerServices;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Redis.Tests;

/// <summary>The ATS data the fleet tests sync: jobs J0..J4, and candidate Ci with application Ai (job J(i mod 5)) in one stage.</summary>
internal static class FleetData
{
    public const int JobCount = 5;

    /// <summary>The records one candidate record carries: the candidate, its application and its stage.</summary>
    public const int RecordsPerCandidate = 3;

    public static async Task PostJobsAsync(EmulatorHarness harness)
    {
        BatchResult<string> jobs = await harness.Client.Jobs.SubmitAsync(Enumerable.Range(0, JobCount).Select(i => Job("J" + i.ToString(CultureInfo.InvariantCulture))), JobPostingOperation.Create);
        IReadOnlyList<JobPostingTask> tasks = await harness.AdvanceWhileAsync(
            () => harness.Client.Jobs.WaitForTasksAsync(jobs.Results.Select(r => r.ResourceId!), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)),
            TimeSpan.FromSeconds(5));
        Assert.That(tasks.Select(t => t.Status), Is.All.EqualTo(JobPostingTaskStatus.Succeeded));
    }

    public static List<CandidateRecord> CandidateRecords(int from, int count) =>
    [
        .. Enumerable.Range(from, count).Select(i =>
        {
            string c = "C" + i.ToString(CultureInfo.InvariantCulture);
            string a = "A" + i.ToString(CultureInfo.InvariantCulture);
            return new CandidateRecord
            {
                Candidate = Candidate(c),
                Applications = [new ApplicationRecord { Application = Application(a, c, "J" + (i % JobCount).ToString(CultureInfo.InvariantCulture)), Stages = [Stage(a, "S1")] }],
            };
        }),
    ];

    public static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (T item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }

    /// <summary>Asserts that the emulator holds exactly these candidates and applications, each once.</summary>
    public static void AssertEmulatorHoldsExactly(EmulatorHarness harness, IEnumerable<CandidateRecord> input)
    {
        CandidateRecord[] records = [.. input];
        Assert.Multiple(() =>
        {
            Assert.That(harness.Synced.Candidates.Select(c => c.AtsCandidateId), Is.EquivalentTo(records.Select(r => r.Candidate.AtsCandidateId)), "every candidate once, nothing else");
            Assert.That(harness.Synced.Applications.Select(a => a.AtsJobApplicationId), Is.EquivalentTo(records.SelectMany(r => r.Applications).Select(a => a.Application.AtsJobApplicationId)), "every application once, nothing else");
        });
    }

    /// <summary>Reports progress to a callback, synchronously (unlike <see cref="Progress{T}"/>).</summary>
    public sealed class Reports(Action<SyncProgress> onReport) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => onReport(value);
    }
}
