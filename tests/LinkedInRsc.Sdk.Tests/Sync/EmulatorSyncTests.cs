using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sdk.Tests.Clients;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// The issue's "done when" scenarios: the sync engine, through the customer-scoped capability clients, against the
/// in-memory emulator, with emulator and SDK on one fake clock that the test advances exactly when the engine waits
/// for quota.
/// </summary>
[TestFixture(ApiMode.V2)]
[TestFixture(ApiMode.Versioned)]
public sealed class EmulatorSyncTests(ApiMode api)
{
    private const int JobCount = 5;
    private const int EmulatorRecordsPerMinute = 3_000;
    private const int EngineRecordsPerMinute = 2_900;

    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync(
            o => o.Quotas.RecordsPerMinute = EmulatorRecordsPerMinute,
            q => q.RecordsPerMinute = EngineRecordsPerMinute,
            api: api);
        await _h.AddSdkCustomerAsync();
        await PostJobsAsync();
    }

    private async Task PostJobsAsync()
    {
        BatchResult<string> jobs = await _h.Client.Jobs.SubmitAsync(Enumerable.Range(0, JobCount).Select(i => Job("J" + i)), JobPostingOperation.Create);
        IReadOnlyList<JobPostingTask> tasks = await _h.AdvanceWhileAsync(
            () => _h.Client.Jobs.WaitForTasksAsync(jobs.Results.Select(r => r.ResourceId!), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)),
            TimeSpan.FromSeconds(5));
        Assert.That(tasks.Select(t => t.Status), Is.All.EqualTo(JobPostingTaskStatus.Succeeded));
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task HistoricalSync_20000Candidates_ExactReportAndNo429()
    {
        List<CandidateRecord> input = Generate(20_000);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(_h.Client);
        _h.Emulator.Journal.Clear();
        var wall = Stopwatch.StartNew();

        SyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "historical", Candidates = Stream(input) });

        TestContext.Out.WriteLine($"20,000 candidates: {report.Requests} requests, {report.RateLimitWaits} quota waits, {_h.Time.GetUtcNow() - TestClock.DefaultStart} on the fake clock, {wall.Elapsed} wall time");
        AssertExactReport(report, input);
        Assert.Multiple(() =>
        {
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == HttpStatusCode.TooManyRequests), Is.Zero, "the limiter keeps the engine under the emulator's quota");
            Assert.That(report.RateLimitWaits, Is.GreaterThan(0), "the quota was low enough for the limiter to make the engine wait");
            Assert.That(report.Resumed, Is.False);
            double perMinute = report.Totals.Synced / (report.CompletedAt - report.StartedAt).TotalMinutes;
            Assert.That(perMinute, Is.GreaterThan(0.95 * EngineRecordsPerMinute), $"the sync fills the quota: {perMinute:F0} records per minute on the clock");
        });
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task LinkedInAnswers429Anyway_TheEngineWaitsAndResends_NothingLostOrDuplicated()
    {
        // The customer application shares its quota with something the engine does not know about: LinkedIn allows far
        // fewer records a minute than the engine's limiter, so LinkedIn answers 429 and the engine must wait it out.
        await _h.DisposeAsync();
        _h = await EmulatorHarness.StartWithSdkAsync(o => o.Quotas.RecordsPerMinute = 1_000, api: api);
        await _h.AddSdkCustomerAsync();
        await PostJobsAsync();
        List<CandidateRecord> input = Generate(1_000);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(_h.Client);
        _h.Emulator.Journal.Clear();

        SyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "throttled", Candidates = Stream(input) });

        int rejected = _h.Emulator.Journal.Entries.Count(e => e.StatusCode == HttpStatusCode.TooManyRequests);
        TestContext.Out.WriteLine($"{rejected} answers of 429, {report.RateLimitWaits} waits, {report.CompletedAt - report.StartedAt} on the clock");
        Assert.Multiple(() =>
        {
            Assert.That(rejected, Is.GreaterThan(0), "LinkedIn's quota was hit");
            Assert.That(report.RateLimitWaits, Is.GreaterThanOrEqualTo(rejected), "every 429 was waited out");
            Assert.That(report.Issues.Where(i => i.Reason == SyncReason.RetriesExhausted), Is.Empty);
        });
        AssertExactReport(report, input);
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task SyncKilledAtARandomRequest_RestartedWithTheSameId_EndsWithEveryEntityOnceAndNothingLost()
    {
        List<CandidateRecord> input = Generate(2_000);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        int killAt = TestContext.CurrentContext.Random.Next(200, 2_300); // past the first batch (about 125 requests), before the last
        int sent = 0;
        using var kill = new CancellationTokenSource();
        _h.Hook.OnRequest = _ =>
        {
            if (Interlocked.Increment(ref sent) == killAt)
            {
                kill.Cancel();
            }
        };

        ISyncEngine first = engines.Create(_h.Client);
        Assert.That(
            async () => await RunAsync(first, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "resumable", Candidates = Stream(input) }, kill.Token),
            Throws.InstanceOf<OperationCanceledException>(),
            $"the run is killed at request {killAt}");

        int partial = _h.Synced.Candidates.Count;
        _h.Hook.OnRequest = null;
        ISyncEngine second = engines.Create(_h.Client);
        SyncReport report = await RunAsync(second, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "resumable", Candidates = Stream(input) });

        TestContext.Out.WriteLine($"killed at request {killAt} with {partial} candidates on the emulator; resumed run: {report.Totals}, {report.CoveredByCheckpoint} covered by the checkpoint");
        Assert.Multiple(() =>
        {
            Assert.That(partial, Is.LessThan(Expected(input).Candidates), "the first run was cut short");
            Assert.That(report.Resumed, Is.True);
            Assert.That(report.CoveredByCheckpoint, Is.GreaterThan(0), "the restart skipped what the killed run had acknowledged");
            Assert.That(report.Totals.Synced + report.Totals.Failed + report.Totals.Skipped, Is.EqualTo(Expected(input).AllRecords), "every input record is accounted for in the resumed run's report");
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == HttpStatusCode.TooManyRequests), Is.Zero);
        });
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task Sync_Journal_ShowsThePathsHeadersAndKeysOfTheApiMode()
    {
        List<CandidateRecord> input = Generate(3);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();

        SyncReport report = await RunAsync(engines.Create(_h.Client), engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "journal", Candidates = Stream(input) });

        bool versioned = api == ApiMode.Versioned;
        EmulatorJournalEntry candidates = _h.Emulator.Journal.Entries.First(e => e.RestLiMethod == RestLiMethod.BatchUpdate && e.Path == ApiModes.PathOf(api, "atsCandidates", "candidates"));
        EmulatorJournalEntry applications = _h.Emulator.Journal.Entries.First(e => e.RestLiMethod == RestLiMethod.BatchUpdate && e.Path == ApiModes.PathOf(api, "atsApplications", "atsApplications"));
        EmulatorJournalEntry stages = _h.Emulator.Journal.Entries.First(e => e.Path.EndsWith("/stages", StringComparison.Ordinal));
        string[] candidateKey = [.. candidates.Query["ids"].AsList()[0].Fields.Select(f => f.Key)];
        string[] applicationKey = [.. applications.Query["ids"].AsList()[0].Fields.Select(f => f.Key)];
        Assert.Multiple(() =>
        {
            Assert.That(report.Totals.Failed, Is.Zero);
            Assert.That(_h.Emulator.Journal.For(ApiModes.PathOf(api, "simpleJobPostings", "simpleJobPostings")), Is.Not.Empty, "jobs were posted on the mode's surface");
            Assert.That(_h.Emulator.Journal.For(ApiModes.PathOf(api, "simpleJobPostingTasks", "simpleJobPostingTasks")), Is.Not.Empty, "tasks were read on the mode's surface");
            Assert.That(candidates.Headers.GetValueOrDefault("LinkedIn-Version"), Is.EqualTo(versioned ? ApiModes.Version : null));
            Assert.That(candidateKey, Is.EquivalentTo(versioned ? ["externalCandidateId", "integrationContext"] : new[] { "atsCandidateId", "dataProvider", "integrationContext" }));
            Assert.That(candidates.Body, Does.Contain(versioned ? "\"externalCreatedAt\"" : "\"atsCreatedAt\"").And.Contain(versioned ? "\"externalLastModifiedAt\"" : "\"atsLastModifiedAt\""));
            Assert.That(candidates.Body, Does.Not.Contain(versioned ? "\"atsCreatedAt\"" : "\"externalCreatedAt\""));
            Assert.That(applicationKey, Is.EquivalentTo(versioned ? ["atsJobApplicationId", "integrationContext"] : new[] { "atsJobApplicationId", "dataProvider", "integrationContext" }));
            Assert.That(applications.Headers.GetValueOrDefault("LinkedIn-Version"), Is.EqualTo(versioned ? ApiModes.Version : null));
            Assert.That(stages.Path, Does.StartWith("/v2/atsApplications/"), "stages have no confirmed versioned form: they stay on /v2 in both modes");
            Assert.That(stages.Headers.ContainsKey("LinkedIn-Version"), Is.False);
            Assert.That(_h.Synced.Candidates.Select(c => c.AtsCandidateId), Is.EquivalentTo(input.Select(r => r.Candidate.AtsCandidateId)), "both surfaces write the one record set");
        });
    }

    [Test]
    public async Task ProspectOnlyCandidates_AreAbsentFromLinkedIn_AndReportedAsSkipped()
    {
        List<CandidateRecord> input = Generate(300);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(_h.Client);

        SyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "prospects", Candidates = Stream(input) });

        string[] prospects = [.. input.Where(IsProspect).Select(r => r.Candidate.AtsCandidateId)];
        var onLinkedIn = _h.Synced.Candidates.Select(c => c.AtsCandidateId).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(prospects, Has.Length.EqualTo(6));
            Assert.That(prospects.Where(onLinkedIn.Contains), Is.Empty, "prospect-only candidates are never sent");
            Assert.That(
                report.Issues.Where(i => i.Kind == SyncEntityKind.Candidate && i.Outcome == EntityOutcome.Skipped).Select(i => (i.Key, i.Reason)),
                Is.EquivalentTo(prospects.Select(p => (p, SyncReason.ProspectOnly))));
            Assert.That(report.ByKind[SyncEntityKind.Candidate].Skipped, Is.EqualTo(prospects.Length));
        });
    }

    [Test]
    public async Task ACandidateTwiceInOneBatch_TheFirstLands_TheSecondIsReportedWithItsChildren()
    {
        List<CandidateRecord> input = Generate(3);
        CandidateRecord again = input[1] with { Candidate = input[1].Candidate with { LastName = "Byron" } };
        input.Add(again);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(_h.Client);

        SyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "twice", Candidates = Stream(input) });

        Assert.Multiple(() =>
        {
            Assert.That(_h.Synced.Candidates.Count(c => c.AtsCandidateId == "C1"), Is.EqualTo(1));
            Assert.That(report.ByKind[SyncEntityKind.Candidate], Is.EqualTo(new SyncCounts { Input = 4, Synced = 3, Failed = 1 }), "the first C1 is synced, not hidden by the second");
            SyncIssue duplicate = report.Issues.Single(i => i.Kind == SyncEntityKind.Candidate);
            Assert.That((duplicate.Key, duplicate.Reason, duplicate.Field), Is.EqualTo(("C1", SyncReason.Invalid, "atsCandidateId")));
            Assert.That(
                report.Issues.Where(i => i.Reason == SyncReason.ParentNotSynced).Select(i => (i.Kind, i.Key)),
                Is.EquivalentTo(new[] { (SyncEntityKind.Application, "A1"), (SyncEntityKind.ApplicationStage, "A1/S1"), (SyncEntityKind.ApplicationNote, "A1/N1") }),
                "the second record's own application and its children are reported, once each");
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task InvalidEntities_AreReportedWithFieldAndReason_AndTheRestLand()
    {
        List<CandidateRecord> input = Generate(2_010);
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(_h.Client);

        SyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "invalid", Candidates = Stream(input) });

        Assert.Multiple(() =>
        {
            Assert.That(
                report.Issues.Where(i => i.Reason == SyncReason.Invalid).Select(i => (i.Kind, i.Key, i.Field)),
                Is.EquivalentTo(new[]
                {
                    (SyncEntityKind.Candidate, "C3", "emailAddresses[0]"),
                    (SyncEntityKind.Candidate, "C1003", "emailAddresses[0]"),
                    (SyncEntityKind.Candidate, "C2003", "emailAddresses[0]"),
                    (SyncEntityKind.Application, "A5", "atsJobPostingName"),
                    (SyncEntityKind.Application, "A1005", "atsJobPostingName"),
                    (SyncEntityKind.Application, "A2005", "atsJobPostingName"),
                }));
            Assert.That(report.Issues.Where(i => i.Reason == SyncReason.Invalid).Select(i => i.Message), Is.All.Not.Empty);
        });
        AssertExactReport(report, input);
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task SyncAsync_60000RecordsAtQuota10000PerMinute_EveryFullMinuteFilledNeverOverNo429()
    {
        // LinkedIn's quota (10,000 records a minute) on both sides: the engine's limiter (its default) and the
        // emulator's. 20,000 candidates, each with one application with one stage: 60,000 records, all valid.
        const int Quota = 10_000;
        await _h.DisposeAsync();
        _h = await EmulatorHarness.StartWithSdkAsync(o => o.Quotas.RecordsPerMinute = Quota, q => q.RecordsPerMinute = Quota);
        await _h.AddSdkCustomerAsync();
        await PostJobsAsync();

        // The jobs were posted outside the engine's limiter; let their minute pass so the engine has LinkedIn's window to itself.
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        List<CandidateRecord> input = [.. Enumerable.Range(0, 20_000).Select(i => OneApplicationOneStage(i))];
        var engines = (SyncEngineFactory)_h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(_h.Client);
        // Records LinkedIn counted, by UTC minute (the emulator's window), from what it accepted. Counted as the
        // requests arrive: stages go one request per application, more than the journal keeps.
        var perMinute = new System.Collections.Concurrent.ConcurrentDictionary<DateTimeOffset, int>();
        int accepted = 0, rejected = 0;
        void OnEntry(object? sender, EmulatorJournalEntry e)
        {
            if (e.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Interlocked.Increment(ref rejected);
            }
            else if (e.StatusCode is { } status && (int)status is >= 200 and < 300 && RecordsCharged(e) is > 0 and int records)
            {
                Interlocked.Add(ref accepted, records);
                perMinute.AddOrUpdate(new DateTimeOffset(e.Timestamp.UtcTicks - (e.Timestamp.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero), records, (_, n) => n + records);
            }
        }

        _h.Emulator.Journal.EntryAdded += OnEntry;
        SyncReport report;
        try
        {
            report = await RunAsync(engine, engines.LimiterFor(_h.Client), new SyncRequest { SyncId = "quota", Candidates = Stream(input) });
        }
        finally
        {
            _h.Emulator.Journal.EntryAdded -= OnEntry;
        }

        DateTimeOffset firstFull = Ceiling(report.StartedAt);
        var fullMinutes = Enumerable.Range(0, (int)((report.CompletedAt - firstFull).Ticks / TimeSpan.TicksPerMinute))
            .Select(m => firstFull.AddMinutes(m))
            .Select(minute => (Minute: minute, Records: perMinute.GetValueOrDefault(minute)))
            .ToList();
        TestContext.Out.WriteLine($"{report.Totals.Synced} records from {report.StartedAt:HH:mm:ss} to {report.CompletedAt:HH:mm:ss}: "
            + string.Join(", ", perMinute.OrderBy(p => p.Key).Select(p => $"{p.Key:HH:mm} {p.Value}")));
        Assert.Multiple(() =>
        {
            Assert.That(report.Totals.Synced, Is.EqualTo(60_000));
            Assert.That(accepted, Is.EqualTo(60_000), "every record was sent once");
            Assert.That(rejected, Is.Zero, "no 429");
            Assert.That(perMinute.Values, Is.All.LessThanOrEqualTo(Quota), "no UTC minute holds more than the quota");
            Assert.That(fullMinutes, Has.Count.GreaterThanOrEqualTo(4), "the sync spans several full minutes");
            Assert.That(fullMinutes.Where(m => m.Records < 0.99 * Quota), Is.Empty, "every full minute is filled to at least 99% of the quota");
        });
    }

    private static CandidateRecord OneApplicationOneStage(int i)
    {
        string c = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string a = "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CandidateRecord
        {
            Candidate = Candidate(c),
            Applications =
            [
                new ApplicationRecord
                {
                    Application = Application(a, c, "J" + (i % JobCount).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Stages = [Stage(a, "S1")],
                },
            ],
        };
    }

    /// <summary>The records a request charged to the quota, as LinkedIn counts them: the keys of a batch write, one for a single write.</summary>
    private static int RecordsCharged(EmulatorJournalEntry entry) => entry.RestLiMethod switch
    {
        RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate or RestLiMethod.BatchDelete => entry.Query["ids"].AsList().Count,
        RestLiMethod.BatchCreate => System.Text.Json.JsonDocument.Parse(entry.Body).RootElement.GetProperty("elements").GetArrayLength(),
        RestLiMethod.Create or RestLiMethod.Update or RestLiMethod.PartialUpdate or RestLiMethod.Delete => 1,
        _ => 0,
    };

    private static DateTimeOffset Ceiling(DateTimeOffset time)
    {
        long ticks = time.UtcTicks % TimeSpan.TicksPerMinute == 0 ? time.UtcTicks : time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMinute) + TimeSpan.TicksPerMinute;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>Runs a sync while the harness moves the shared fake clock only while the engine waits.</summary>
    private Task<SyncReport> RunAsync(ISyncEngine engine, SyncRateLimiter limiter, SyncRequest request, CancellationToken cancellationToken = default) =>
        _h.DriveAsync(() => engine.SyncAsync(request, cancellationToken: cancellationToken), limiter);

    private static bool IsProspect(CandidateRecord record) => int.Parse(record.Candidate.AtsCandidateId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 50 == 7;

    /// <summary>
    /// Candidate <c>Ci</c> has one application <c>Ai</c> with one or two stages; every tenth candidate has a note, every
    /// tenth application a note and every tenth interview feedback. <c>i % 50 == 7</c>: the application is in the Prospect
    /// stage only. <c>i % 1000 == 3</c>: the candidate's e-mail is invalid. <c>i % 1000 == 5</c>: the application has no job name.
    /// </summary>
    private static List<CandidateRecord> Generate(int count)
    {
        var records = new List<CandidateRecord>(count);
        for (int i = 0; i < count; i++)
        {
            string c = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string a = "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            AtsCandidate candidate = Candidate(c);
            if (i % 1000 == 3)
            {
                candidate = candidate with { EmailAddresses = ["nobody-at-example.com"] };
            }

            AtsApplication application = Application(a, c, "J" + (i % JobCount).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (i % 1000 == 5)
            {
                application = application with { AtsJobPostingName = " " };
            }

            List<AtsApplicationStage> stages = i % 50 == 7 ? [Stage(a, "S1", "Prospect")] : [Stage(a, "S1")];
            if (i % 3 == 0 && i % 50 != 7)
            {
                stages.Add(Stage(a, "S2", "Onsite Interview"));
            }

            records.Add(new CandidateRecord
            {
                Candidate = candidate,
                Notes = i % 10 == 0 ? [new AtsCandidateNote { AtsCandidateId = c, NoteId = "N1", Note = "Met at a fair", AtsCreatedAt = T0.AddDays(1) }] : [],
                Applications =
                [
                    new ApplicationRecord
                    {
                        Application = application,
                        Stages = stages,
                        Notes = i % 10 == 1 ? [new AtsApplicationNote { AtsJobApplicationId = a, NoteId = "N1", Note = "Good fit" }] : [],
                        InterviewFeedback = i % 10 == 2
                            ? [new AtsInterviewFeedback { AtsJobApplicationId = a, FeedbackId = "F1", InterviewType = InterviewType.PhoneScreen, Evaluations = [new InterviewEvaluation("Teamwork", "5/5")] }]
                            : [],
                    },
                ],
            });
        }

        return records;
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (T item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }

    /// <summary>What must end up where, derived from the input by the rules of <see cref="Generate"/>.</summary>
    private static ExpectedSync Expected(List<CandidateRecord> input)
    {
        var e = new ExpectedSync();
        foreach (CandidateRecord r in input)
        {
            ApplicationRecord app = r.Applications[0];
            int children = r.Notes.Count;
            int appChildren = app.Stages.Count + app.Notes.Count + app.InterviewFeedback.Count;
            e.AllRecords += 1 + children + 1 + appChildren;
            int i = int.Parse(r.Candidate.AtsCandidateId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            if (i % 50 == 7)
            {
                e.Count(SyncEntityKind.Candidate, EntityOutcome.Skipped);
                e.Count(SyncEntityKind.CandidateNote, EntityOutcome.Skipped, r.Notes.Count);
                e.CountApplication(app, EntityOutcome.Skipped, EntityOutcome.Skipped);
            }
            else if (i % 1000 == 3)
            {
                e.Count(SyncEntityKind.Candidate, EntityOutcome.Failed);
                e.Count(SyncEntityKind.CandidateNote, EntityOutcome.Failed, r.Notes.Count);
                e.CountApplication(app, EntityOutcome.Failed, EntityOutcome.Failed);
            }
            else
            {
                e.Candidates++;
                e.CandidateNotes += r.Notes.Count;
                e.Count(SyncEntityKind.Candidate, EntityOutcome.Succeeded);
                e.Count(SyncEntityKind.CandidateNote, EntityOutcome.Succeeded, r.Notes.Count);
                if (i % 1000 == 5)
                {
                    e.CountApplication(app, EntityOutcome.Failed, EntityOutcome.Failed);
                }
                else
                {
                    e.Applications++;
                    e.Stages += app.Stages.Count;
                    e.ApplicationNotes += app.Notes.Count;
                    e.Feedback += app.InterviewFeedback.Count;
                    e.CountApplication(app, EntityOutcome.Succeeded, EntityOutcome.Succeeded);
                }
            }
        }

        return e;
    }

    private static void AssertExactReport(SyncReport report, List<CandidateRecord> input)
    {
        ExpectedSync expected = Expected(input);
        Assert.Multiple(() =>
        {
            foreach (SyncEntityKind kind in expected.ByKind.Keys)
            {
                SyncCounts counts = report.ByKind[kind];
                Assert.That((counts.Synced, counts.Skipped, counts.Failed), Is.EqualTo(expected.ByKind[kind]), kind.ToString());
            }

            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(expected.AllRecords), "every input record is accounted for");
            Assert.That(report.Issues, Has.Count.EqualTo(report.Totals.Skipped + report.Totals.Failed - report.CoveredByCheckpoint));
        });
    }

    private void AssertEmulatorHoldsExactly(List<CandidateRecord> input)
    {
        ExpectedSync expected = Expected(input);
        EmulatedSyncedData synced = _h.Synced;
        Assert.Multiple(() =>
        {
            Assert.That(synced.Candidates, Has.Count.EqualTo(expected.Candidates));
            Assert.That(synced.Candidates.Select(c => c.AtsCandidateId).Distinct().Count(), Is.EqualTo(expected.Candidates));
            Assert.That(synced.Candidates.Sum(c => c.NoteCount), Is.EqualTo(expected.CandidateNotes));
            Assert.That(synced.Applications, Has.Count.EqualTo(expected.Applications));
            Assert.That(synced.Applications.Sum(a => a.StageCount), Is.EqualTo(expected.Stages));
            Assert.That(synced.Applications.Sum(a => a.NoteCount), Is.EqualTo(expected.ApplicationNotes));
            Assert.That(synced.Applications.Sum(a => a.InterviewFeedbackCount), Is.EqualTo(expected.Feedback));
        });
    }

    private sealed class ExpectedSync
    {
        public Dictionary<SyncEntityKind, (long Synced, long Skipped, long Failed)> ByKind { get; } = [];

        public long AllRecords { get; set; }

        public int Candidates { get; set; }

        public int CandidateNotes { get; set; }

        public int Applications { get; set; }

        public int Stages { get; set; }

        public int ApplicationNotes { get; set; }

        public int Feedback { get; set; }

        public void Count(SyncEntityKind kind, EntityOutcome outcome, int n = 1)
        {
            (long s, long k, long f) = ByKind.GetValueOrDefault(kind);
            ByKind[kind] = outcome switch
            {
                EntityOutcome.Succeeded => (s + n, k, f),
                EntityOutcome.Skipped => (s, k + n, f),
                _ => (s, k, f + n),
            };
        }

        public void CountApplication(ApplicationRecord app, EntityOutcome self, EntityOutcome children)
        {
            Count(SyncEntityKind.Application, self);
            Count(SyncEntityKind.ApplicationStage, children, app.Stages.Count);
            Count(SyncEntityKind.ApplicationNote, children, app.Notes.Count);
            Count(SyncEntityKind.InterviewFeedback, children, app.InterviewFeedback.Count);
        }
    }
}
