using System.Globalization;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Jobs;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// The historical sync every customer runs once enabled: jobs, then candidates with their applications and stage
/// history, in batches, with a progress bar. Candidates who never got past the Prospect stage are not sent (reported
/// as skipped); a candidate with a malformed e-mail address is reported with the field, and the rest land.
/// </summary>
internal sealed class HistoricalSyncFlow : ISampleFlow
{
    public const int CandidateCount = 120;

    /// <summary>Candidates the matching flow looks up: Ada's e-mail is her LinkedIn one; Grace's is not.</summary>
    public static readonly SampleCandidate[] Known =
    [
        new() { Id = "C-ADA", FirstName = "Ada", LastName = "Lovelace", EmailAddresses = ["ada@lovelace.example"] },
        new() { Id = "C-GRACE", FirstName = "Grace", LastName = "Hopper", EmailAddresses = ["grace@home.example"] },
    ];

    public string Title => "Acme's historical sync (In-ATS indicator)";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ICustomerClient acme = await context.ClientAsync(SampleCast.Acme, cancellationToken).ConfigureAwait(false);
        DateTimeOffset now = context.Env.Time.GetUtcNow();
        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Acme);
        foreach (SampleCandidate known in Known)
        {
            ats.AddCandidate(known with { CreatedAt = now.AddDays(-20), ModifiedAt = now.AddDays(-1) });
        }

        List<CandidateRecord> candidates = [.. Enumerable.Range(1, CandidateCount).Select(i => Record(i, now))];
        int prospectOnly = Enumerable.Range(1, CandidateCount).Count(IsProspectOnly);
        long total = 2 + candidates.Sum(c => 1 + c.Applications.Count + c.Applications.Sum(a => a.Stages.Count));
        context.Say.Say($"[acme] Sending 2 jobs and {CandidateCount} candidates ({prospectOnly} never got past Prospect; C7 has a malformed e-mail address).");

        // LinkedIn processes a job posting in minutes and the engine polls its task (SyncOptions.JobTaskPollInterval)
        // before sending applications; an emulator set to finish job tasks at once needs no following.
        ISyncEngine engine = context.Env.Services.GetRequiredService<ISyncEngineFactory>().Create(acme, new SyncOptions { FollowJobTasks = context.Env.LinkedInSide is null });
        var bar = new SyncProgressBar(context.Say, total);
        SyncReport report = await engine.SyncAsync(
            new SyncRequest { SyncId = "acme-historical", Jobs = Stream(["J1", "J2"], id => Job(id, now)), Candidates = Stream(candidates, c => c) },
            bar,
            cancellationToken).ConfigureAwait(false);

        foreach ((SyncEntityKind kind, SyncCounts counts) in report.ByKind)
        {
            context.Say.Say($"    {kind,-18} {counts}");
        }

        foreach (SyncIssue issue in report.Issues.Where(i => i.Reason != SyncReason.ProspectOnly))
        {
            context.Say.Say($"    not synced: {issue.Kind} {issue.Key}: {issue.Reason}{(issue.Field is { } f ? ", field " + f : string.Empty)}");
        }

        SyncCounts candidatesCounted = report.ByKind[SyncEntityKind.Candidate];
        SampleCheckException.Expect(bar.Reports > 0, "the engine reported no progress.");
        SampleCheckException.Expect(candidatesCounted.Skipped == prospectOnly, $"{candidatesCounted.Skipped} candidates skipped, {prospectOnly} expected (prospect-only).");
        SampleCheckException.Expect(report.Issues.Any(i => i.Kind == SyncEntityKind.Candidate && i.Key == "C7" && i.Field is not null), "the malformed e-mail address of C7 was not reported with its field.");
        SampleCheckException.Expect(candidatesCounted.Synced == CandidateCount - prospectOnly - 1, $"{candidatesCounted.Synced} candidates synced, {CandidateCount - prospectOnly - 1} expected.");
        SampleCheckException.Expect(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed == report.Totals.Input, "a record handed in is not accounted for.");

        HashSet<string> notSynced = [.. report.Issues.Where(i => i.Kind == SyncEntityKind.Candidate).Select(i => i.Key)];
        context.Cast.AcmeSyncedCandidates = [.. candidates.Select(c => c.Candidate.AtsCandidateId).Where(id => !notSynced.Contains(id))];
        context.Cast.AcmeSyncedApplications = [.. candidates.Where(c => !notSynced.Contains(c.Candidate.AtsCandidateId)).SelectMany(c => c.Applications).Select(a => a.Application.AtsJobApplicationId)];
        int held = (await context.Env.LinkedIn.GetSyncedDataAsync(acme.Customer.Organization!.Value, cancellationToken).ConfigureAwait(false)).Candidates.Count;
        context.Say.Say($"[acme] LinkedIn now holds {held} of Acme's candidates.");
        SampleCheckException.Expect(held == context.Cast.AcmeSyncedCandidates.Count, $"LinkedIn holds {held} candidates, not {context.Cast.AcmeSyncedCandidates.Count}.");
    }

    private static bool IsProspectOnly(int i) => i % 20 == 0;

    private static JobRecord Job(string id, DateTimeOffset now) => new(new AtsJobPosting
    {
        ExternalJobPostingId = id,
        Title = "Engineer " + id,
        Description = "Builds things.",
        CompanyApplyUrl = new Uri("https://acme.ats.example/jobs/" + id),
        ListedAt = now.AddDays(-30),
        State = JobPostingState.Listed,
        Location = "Sunnyvale, CA",
    });

    private static CandidateRecord Record(int i, DateTimeOffset now)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        SampleCandidate person = i <= Known.Length
            ? Known[i - 1]
            : new SampleCandidate { Id = "C" + n, FirstName = "Candidate", LastName = "C" + n, EmailAddresses = [i == 7 ? "not-an-email" : $"c{n}@example.com"] };
        string applicationId = "A" + n;
        string[] stages = IsProspectOnly(i) ? ["Prospect"] : ["Prospect", "Phone Screen", "Onsite Interview"];
        return new CandidateRecord
        {
            Candidate = (person with { CreatedAt = now.AddDays(-20), ModifiedAt = now.AddDays(-1) }).ToAtsCandidate(),
            Applications =
            [
                new ApplicationRecord
                {
                    Application = new AtsApplication
                    {
                        AtsJobApplicationId = applicationId,
                        AtsCandidateId = person.Id,
                        AtsJobPostingId = i % 2 == 0 ? "J1" : "J2",
                        AtsJobPostingName = "Engineer",
                        AtsCreatedAt = now.AddDays(-19),
                        AtsLastModifiedAt = now.AddDays(-2),
                        FirstName = person.FirstName,
                        LastName = person.LastName,
                    },
                    Stages = [.. stages.Select((stage, s) => new AtsApplicationStage
                    {
                        AtsJobApplicationId = applicationId,
                        StageId = "S" + s.ToString(CultureInfo.InvariantCulture),
                        Stage = stage,
                        AtsCreatedAt = now.AddDays(-19 + s),
                    })],
                },
            ],
        };
    }

    private static async IAsyncEnumerable<TOut> Stream<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map)
    {
        foreach (TIn item in items)
        {
            yield return map(item);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
