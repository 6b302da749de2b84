using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// The soak: a seeded historical sync (jobs; candidates with a note and an application with a stage and a note) while
/// 5% of the API requests meet a random transient fault — 5xx, 429 with and without <c>Retry-After</c>, resets before
/// and after processing, truncated and empty 200s — ends with the emulator holding exactly the input (content, not only
/// counts) and a report that is exact. CI runs <see cref="CiEntities"/> records; set
/// <c>LINKEDINRSC_SOAK_ENTITIES=50000</c> for the full size. The clock is fake: backoffs and <c>Retry-After</c> never
/// wait real time.
/// </summary>
[TestFixture]
public sealed class SyncSoakTests
{
    /// <summary>The records the soak syncs unless <c>LINKEDINRSC_SOAK_ENTITIES</c> says otherwise.</summary>
    public const int CiEntities = 4_000;

    private const string SizeVariable = "LINKEDINRSC_SOAK_ENTITIES";
    private const int Seed = 20_261_202;
    private const double FaultShare = 0.05;

    /// <summary>Every record kind of a candidate: the candidate, its note, its application, the application's stage and note.</summary>
    private const int RecordsPerCandidate = 5;

    private static readonly (string Name, Func<EmulatorFault> Make)[] FaultMix =
    [
        ("500", () => Status(HttpStatusCode.InternalServerError)),
        ("503", () => Status(HttpStatusCode.ServiceUnavailable)),
        ("504 after processing", () => Status(HttpStatusCode.GatewayTimeout) with { AfterProcessing = true }),
        ("429", () => Status(HttpStatusCode.TooManyRequests)),
        ("429 + Retry-After", () => Status(HttpStatusCode.TooManyRequests) with { RetryAfter = TimeSpan.FromSeconds(3) }),
        ("reset before processing", () => Fault(EmulatorFaultKind.DropConnection)),
        ("reset after processing", () => Fault(EmulatorFaultKind.DropConnection) with { AfterProcessing = true }),
        ("truncated 200", () => Fault(EmulatorFaultKind.TruncatedBody) with { AfterProcessing = true }),
        ("empty 200", () => Fault(EmulatorFaultKind.EmptyBody) with { AfterProcessing = true }),
    ];

    [Test]
    public async Task SyncAsync_SeededInputWithFivePercentRandomTransientFaults_EndsWithExactlyTheInputAndAnExactReport()
    {
        int entities = Entities();
        SoakInput input = SoakInput.Create(entities, Seed);
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(o =>
        {
            o.JournalCapacity = 1_000_000;
            o.JournalMaxBodyLength = 0;
        });
        await h.AddSdkCustomerAsync();
        var engines = (SyncEngineFactory)h.Services.GetRequiredService<ISyncEngineFactory>();

        // Faults are tried in order, the first that fires wins: each kind fires on p of what reaches it, 5% in all.
        double p = 1 - Math.Pow(1 - FaultShare, 1.0 / FaultMix.Length);
        for (int i = 0; i < FaultMix.Length; i++)
        {
            h.Emulator.Faults.Add(FaultMix[i].Make() with { Probability = p, Seed = Seed + i, Count = int.MaxValue });
        }

        ISyncEngine engine = engines.Create(h.Client, new SyncOptions { JobTaskPollInterval = TimeSpan.FromSeconds(1), RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryAttempts = 8 });
        var request = new SyncRequest { SyncId = "soak", Jobs = Sync.SyncData.Stream(input.Jobs.Select(j => new JobRecord(j))), Candidates = Sync.SyncData.Stream(input.Candidates) };
        var watch = Stopwatch.StartNew();
        SyncReport report = await h.DriveAsync(() => engine.SyncAsync(request), engines.LimiterFor(h.Client));
        watch.Stop();

        IReadOnlyList<EmulatorJournalEntry> journal = h.Emulator.Journal.Entries;
        int api = journal.Count(e => e.Path.StartsWith("/v2", StringComparison.Ordinal));
        int faulted = journal.Count(e => e.Fault is not null);
        h.Emulator.Faults.Clear();
        string mix = string.Join(", ", FaultMix.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name} {journal.Count(e => e.Fault is { } x && Same(x, f.Make()))}")));
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak: {input.Records:N0} records ({input.Jobs.Count:N0} jobs, {input.Candidates.Count:N0} candidates with a note, an application, a stage and an application note), seed {Seed}; {api:N0} API requests reached the emulator, {faulted:N0} met a fault ({100.0 * faulted / api:F1}%): {mix}; the engine sent {report.Requests:N0} requests; {report.RateLimitWaits:N0} quota waits; fake clock {report.CompletedAt - report.StartedAt}; wall {watch.Elapsed.TotalSeconds:F1} s; {report.Totals}"));

        Assert.Multiple(() =>
        {
            Assert.That(report.Issues, Is.Empty, () => string.Join("; ", report.Issues.Take(5).Select(i => $"{i} {i.Key}: {i.Message}")));
            Assert.That((report.Totals.Input, report.Totals.Synced, report.Totals.Failed, report.Totals.Skipped), Is.EqualTo(((long)input.Records, (long)input.Records, 0L, 0L)), "synced counts equal the input");
            Assert.That(faulted, Is.GreaterThan(api * FaultShare / 2), "the faults were injected");
        });
        await AssertEmulatorHoldsExactlyAsync(h, input);
    }

    private static int Entities() =>
        Environment.GetEnvironmentVariable(SizeVariable) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : CiEntities;

    private static EmulatorFault Status(HttpStatusCode status) => new() { Kind = EmulatorFaultKind.Status, Path = "/v2", StatusCode = status };

    private static EmulatorFault Fault(EmulatorFaultKind kind) => new() { Kind = kind, Path = "/v2" };

    private static bool Same(EmulatorFault a, EmulatorFault b) =>
        a.Kind == b.Kind && a.StatusCode == b.StatusCode && a.AfterProcessing == b.AfterProcessing && a.RetryAfter == b.RetryAfter;

    /// <summary>The emulator holds every job once, and every candidate, note, application and stage as sent.</summary>
    private static async Task AssertEmulatorHoldsExactlyAsync(EmulatorHarness h, SoakInput input)
    {
        EmulatedSyncedData synced = h.Synced;
        Assert.Multiple(() =>
        {
            Assert.That(synced.Jobs.Select(j => j.ExternalJobPostingId), Is.EquivalentTo(input.Jobs.Select(j => j.ExternalJobPostingId)), "every job posted once");
            Assert.That(synced.Jobs.Select(j => j.State), Is.All.EqualTo(JobPostingState.Listed));
            Assert.That(synced.Candidates.ToDictionary(c => c.AtsCandidateId, c => c.NoteCount), Is.EquivalentTo(input.Candidates.ToDictionary(c => c.Candidate.AtsCandidateId, c => c.Notes.Count)));
            Assert.That(
                synced.Applications.ToDictionary(a => a.AtsJobApplicationId, a => (a.AtsJobPostingId, a.StageCount, a.NoteCount)),
                Is.EquivalentTo(input.Candidates.SelectMany(c => c.Applications).ToDictionary(a => a.Application.AtsJobApplicationId, a => (a.Application.AtsJobPostingId, a.Stages.Count, a.Notes.Count))),
                "every application under its job, with its stage and note");
        });

        // Content: what LinkedIn answers for each candidate is what the ATS sent.
        RestLiClient restLi = h.Services.GetRequiredService<RestLiClient>();
        string organization = h.Organization.ToString();
        var differences = new List<string>();
        foreach (CandidateRecord[] chunk in input.Candidates.Chunk(100))
        {
            RestLiValue[] keys = [.. chunk.Select(c => RestLiValue.RecordOf(
                ("atsCandidateId", RestLiValue.FromString(c.Candidate.AtsCandidateId)),
                ("dataProvider", RestLiValue.FromString("ATS")),
                ("integrationContext", RestLiValue.FromString(organization))))];
            RestLiResponse response = await restLi.SendAsync(RestLiRequest.BatchGet("atsCandidates", keys) with { Credentials = h.Client.Customer.Credentials });
            RestLiBatchResult result = response.ReadBatchResult();
            for (int i = 0; i < chunk.Length; i++)
            {
                AtsCandidate sent = chunk[i].Candidate;
                string stored = result.TryGetResult(keys[i], out RestLiKeyResult? r) && r.Entity is { } entity
                    ? $"{Text(entity, "firstName")} {Text(entity, "lastName")} <{entity.GetProperty("emailAddresses")[0].GetString()}>"
                    : "(absent)";
                string expected = $"{sent.FirstName} {sent.LastName} <{sent.EmailAddresses[0]}>";
                if (stored != expected)
                {
                    differences.Add($"{sent.AtsCandidateId}: stored {stored}, sent {expected}");
                }
            }
        }

        Assert.That(differences, Is.Empty, () => string.Join("; ", differences.Take(5)));
    }

    private static string? Text(JsonElement entity, string name) => entity.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;

    /// <summary>A seeded ATS: one job per 100 records, the rest candidates of <see cref="RecordsPerCandidate"/> records each.</summary>
    private sealed record SoakInput(IReadOnlyList<AtsJobPosting> Jobs, IReadOnlyList<CandidateRecord> Candidates)
    {
        public int Records => Jobs.Count + (Candidates.Count * RecordsPerCandidate);

        public static SoakInput Create(int entities, int seed)
        {
            var random = new Random(seed);
            string[] first = ["Ada", "Grace", "Alan", "Linus", "Barbara", "Edsger", "Frances", "Ken"];
            string[] last = ["Lovelace", "Hopper", "Turing", "Torvalds", "Liskov", "Dijkstra", "Allen", "Thompson"];
            string[] stages = ["Phone Screen", "Onsite", "Offer", "Hired"];
            int jobs = Math.Max(1, entities / 100);
            int candidates = (entities - jobs) / RecordsPerCandidate;
            var jobList = Enumerable.Range(0, jobs).Select(j => Job("J" + j.ToString(CultureInfo.InvariantCulture), "Engineer " + random.Next(1_000_000))).ToList();
            var candidateList = new List<CandidateRecord>(candidates);
            for (int i = 0; i < candidates; i++)
            {
                string id = "C" + i.ToString(CultureInfo.InvariantCulture);
                string app = "A" + i.ToString(CultureInfo.InvariantCulture);
                string job = jobList[random.Next(jobs)].ExternalJobPostingId;
                string email = $"{id.ToLowerInvariant()}.{random.Next(1_000_000)}@example.com";
                candidateList.Add(new CandidateRecord
                {
                    Candidate = Candidate(id) with { FirstName = first[random.Next(first.Length)], LastName = last[random.Next(last.Length)], EmailAddresses = [email] },
                    Notes = [new AtsCandidateNote { AtsCandidateId = id, NoteId = "N1", Note = "Note " + random.Next(1_000_000), AtsCreatedAt = T0 }],
                    Applications =
                    [
                        new ApplicationRecord
                        {
                            Application = Application(app, id, job) with { CandidateEmail = email },
                            Stages = [Stage(app, "S1", stages[random.Next(stages.Length)])],
                            Notes = [new AtsApplicationNote { AtsJobApplicationId = app, NoteId = "AN1", Note = "Seen " + random.Next(1_000_000), AtsCreatedAt = T0 }],
                        },
                    ],
                });
            }

            return new SoakInput(jobList, candidateList);
        }
    }
}
