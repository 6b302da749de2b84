using System.Diagnostics;
using System.Runtime.CompilerServices;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sdk.Tests.Clients;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Sdk.Tests.Clients.SyncEmulatorHarness;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// The issue's "done when" scenarios: the sync engine, through the customer-scoped capability clients, against the
/// in-memory emulator, with emulator and SDK on one fake clock that the test advances exactly when the engine waits
/// for quota.
/// </summary>
[TestFixture]
public sealed class EmulatorSyncTests
{
    private const int JobCount = 5;
    private const int EmulatorRecordsPerMinute = 3_000;
    private const int EngineRecordsPerMinute = 2_900;

    private SyncEmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await CreateAsync(
            o => o.Quotas.RecordsPerMinute = EmulatorRecordsPerMinute,
            q => q.RecordsPerMinute = EngineRecordsPerMinute);
        await PostJobsAsync();
    }

    private async Task PostJobsAsync()
    {
        RscBatchResult<string> jobs = await _h.Client.Jobs.SubmitAsync(Enumerable.Range(0, JobCount).Select(i => Job("J" + i)), JobPostingOperation.Create);
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
        List<RscCandidateRecord> input = Generate(20_000);
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
        using RscSyncEngine engine = engines.Create(_h.Client);
        _h.Emulator.Journal.Clear();
        var wall = Stopwatch.StartNew();

        RscSyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "historical", Candidates = Stream(input) });

        TestContext.Out.WriteLine($"20,000 candidates: {report.Requests} requests, {report.RateLimitWaits} quota waits, {_h.Time.GetUtcNow() - Start} on the fake clock, {wall.Elapsed} wall time");
        AssertExactReport(report, input);
        Assert.Multiple(() =>
        {
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == 429), Is.Zero, "the limiter keeps the engine under the emulator's quota");
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
        _h = await CreateAsync(o => o.Quotas.RecordsPerMinute = 1_000);
        await PostJobsAsync();
        List<RscCandidateRecord> input = Generate(1_000);
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
        using RscSyncEngine engine = engines.Create(_h.Client);
        _h.Emulator.Journal.Clear();

        RscSyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "throttled", Candidates = Stream(input) });

        int rejected = _h.Emulator.Journal.Entries.Count(e => e.StatusCode == 429);
        TestContext.Out.WriteLine($"{rejected} answers of 429, {report.RateLimitWaits} waits, {report.CompletedAt - report.StartedAt} on the clock");
        Assert.Multiple(() =>
        {
            Assert.That(rejected, Is.GreaterThan(0), "LinkedIn's quota was hit");
            Assert.That(report.RateLimitWaits, Is.GreaterThanOrEqualTo(rejected), "every 429 was waited out");
            Assert.That(report.Issues.Where(i => i.Reason == RscSyncReason.RetriesExhausted), Is.Empty);
        });
        AssertExactReport(report, input);
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task SyncKilledAtARandomRequest_RestartedWithTheSameId_EndsWithEveryEntityOnceAndNothingLost()
    {
        List<RscCandidateRecord> input = Generate(2_000);
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
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

        using (RscSyncEngine first = engines.Create(_h.Client))
        {
            Assert.That(
                async () => await RunAsync(first, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "resumable", Candidates = Stream(input) }, kill.Token),
                Throws.InstanceOf<OperationCanceledException>(),
                $"the run is killed at request {killAt}");
        }

        int partial = _h.Synced.Candidates.Count;
        _h.Hook.OnRequest = null;
        using RscSyncEngine second = engines.Create(_h.Client);
        RscSyncReport report = await RunAsync(second, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "resumable", Candidates = Stream(input) });

        TestContext.Out.WriteLine($"killed at request {killAt} with {partial} candidates on the emulator; resumed run: {report.Totals}, {report.CoveredByCheckpoint} covered by the checkpoint");
        Assert.Multiple(() =>
        {
            Assert.That(partial, Is.LessThan(Expected(input).Candidates), "the first run was cut short");
            Assert.That(report.Resumed, Is.True);
            Assert.That(report.CoveredByCheckpoint, Is.GreaterThan(0), "the restart skipped what the killed run had acknowledged");
            Assert.That(report.Totals.Synced + report.Totals.Failed + report.Totals.Skipped, Is.EqualTo(Expected(input).AllRecords), "every input record is accounted for in the resumed run's report");
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == 429), Is.Zero);
        });
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task ProspectOnlyCandidates_AreAbsentFromLinkedIn_AndReportedAsSkipped()
    {
        List<RscCandidateRecord> input = Generate(300);
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
        using RscSyncEngine engine = engines.Create(_h.Client);

        RscSyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "prospects", Candidates = Stream(input) });

        string[] prospects = [.. input.Where(IsProspect).Select(r => r.Candidate.AtsCandidateId)];
        var onLinkedIn = _h.Synced.Candidates.Select(c => c.AtsCandidateId).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(prospects, Has.Length.EqualTo(6));
            Assert.That(prospects.Where(onLinkedIn.Contains), Is.Empty, "prospect-only candidates are never sent");
            Assert.That(
                report.Issues.Where(i => i.Kind == RscSyncEntityKind.Candidate && i.Outcome == RscSyncOutcome.Skipped).Select(i => (i.Key, i.Reason)),
                Is.EquivalentTo(prospects.Select(p => (p, RscSyncReason.ProspectOnly))));
            Assert.That(report.ByKind[RscSyncEntityKind.Candidate].Skipped, Is.EqualTo(prospects.Length));
        });
    }

    [Test]
    public async Task ACandidateTwiceInOneBatch_TheFirstLands_TheSecondIsReportedWithItsChildren()
    {
        List<RscCandidateRecord> input = Generate(3);
        RscCandidateRecord again = input[1] with { Candidate = input[1].Candidate with { LastName = "Byron" } };
        input.Add(again);
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
        using RscSyncEngine engine = engines.Create(_h.Client);

        RscSyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "twice", Candidates = Stream(input) });

        Assert.Multiple(() =>
        {
            Assert.That(_h.Synced.Candidates.Count(c => c.AtsCandidateId == "C1"), Is.EqualTo(1));
            Assert.That(report.ByKind[RscSyncEntityKind.Candidate], Is.EqualTo(new RscSyncCounts { Input = 4, Synced = 3, Failed = 1 }), "the first C1 is synced, not hidden by the second");
            RscSyncIssue duplicate = report.Issues.Single(i => i.Kind == RscSyncEntityKind.Candidate);
            Assert.That((duplicate.Key, duplicate.Reason, duplicate.Field), Is.EqualTo(("C1", RscSyncReason.Invalid, "atsCandidateId")));
            Assert.That(
                report.Issues.Where(i => i.Reason == RscSyncReason.ParentNotSynced).Select(i => (i.Kind, i.Key)),
                Is.EquivalentTo(new[] { (RscSyncEntityKind.Application, "A1"), (RscSyncEntityKind.ApplicationStage, "A1/S1"), (RscSyncEntityKind.ApplicationNote, "A1/N1") }),
                "the second record's own application and its children are reported, once each");
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
        });
    }

    [Test]
    public async Task InvalidEntities_AreReportedWithFieldAndReason_AndTheRestLand()
    {
        List<RscCandidateRecord> input = Generate(2_010);
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
        using RscSyncEngine engine = engines.Create(_h.Client);

        RscSyncReport report = await RunAsync(engine, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "invalid", Candidates = Stream(input) });

        Assert.Multiple(() =>
        {
            Assert.That(
                report.Issues.Where(i => i.Reason == RscSyncReason.Invalid).Select(i => (i.Kind, i.Key, i.Field)),
                Is.EquivalentTo(new[]
                {
                    (RscSyncEntityKind.Candidate, "C3", "emailAddresses[0]"),
                    (RscSyncEntityKind.Candidate, "C1003", "emailAddresses[0]"),
                    (RscSyncEntityKind.Candidate, "C2003", "emailAddresses[0]"),
                    (RscSyncEntityKind.Application, "A5", "atsJobPostingName"),
                    (RscSyncEntityKind.Application, "A1005", "atsJobPostingName"),
                    (RscSyncEntityKind.Application, "A2005", "atsJobPostingName"),
                }));
            Assert.That(report.Issues.Where(i => i.Reason == RscSyncReason.Invalid).Select(i => i.Message), Is.All.Not.Empty);
        });
        AssertExactReport(report, input);
        AssertEmulatorHoldsExactly(input);
    }

    [Test]
    public async Task QuotaAccuracy_10000PerMinute_60000Records_EveryFullMinuteFilledToAtLeast99PercentAndNeverOver()
    {
        // LinkedIn's quota (10,000 records a minute) on both sides: the engine's limiter (its default) and the
        // emulator's. 20,000 candidates, each with one application with one stage: 60,000 records, all valid.
        const int Quota = 10_000;
        await _h.DisposeAsync();
        _h = await CreateAsync(o => o.Quotas.RecordsPerMinute = Quota, q => q.RecordsPerMinute = Quota);
        await PostJobsAsync();

        // The jobs were posted outside the engine's limiter; let their minute pass so the engine has LinkedIn's window to itself.
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        List<RscCandidateRecord> input = [.. Enumerable.Range(0, 20_000).Select(i => OneApplicationOneStage(i))];
        RscSyncEngineFactory engines = _h.Services.GetRequiredService<RscSyncEngineFactory>();
        using RscSyncEngine engine = engines.Create(_h.Client);
        // Records LinkedIn counted, by UTC minute (the emulator's window), from what it accepted. Counted as the
        // requests arrive: stages go one request per application, more than the journal keeps.
        var perMinute = new System.Collections.Concurrent.ConcurrentDictionary<DateTimeOffset, int>();
        int accepted = 0, rejected = 0;
        void OnEntry(object? sender, RscEmulatorJournalEntry e)
        {
            if (e.StatusCode == 429)
            {
                Interlocked.Increment(ref rejected);
            }
            else if (e.StatusCode is >= 200 and < 300 && RecordsCharged(e) is > 0 and int records)
            {
                Interlocked.Add(ref accepted, records);
                perMinute.AddOrUpdate(new DateTimeOffset(e.Timestamp.UtcTicks - (e.Timestamp.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero), records, (_, n) => n + records);
            }
        }

        _h.Emulator.Journal.EntryAdded += OnEntry;
        RscSyncReport report;
        try
        {
            report = await RunAsync(engine, engines.LimiterFor(_h.Client), new RscSyncRequest { SyncId = "quota", Candidates = Stream(input) });
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

    private static RscCandidateRecord OneApplicationOneStage(int i)
    {
        string c = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string a = "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new RscCandidateRecord
        {
            Candidate = Candidate(c),
            Applications =
            [
                new RscApplicationRecord
                {
                    Application = Application(a, c, "J" + (i % JobCount).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Stages = [Stage(a, "S1")],
                },
            ],
        };
    }

    /// <summary>The records a request charged to the quota, as LinkedIn counts them: the keys of a batch write, one for a single write.</summary>
    private static int RecordsCharged(RscEmulatorJournalEntry entry) => entry.RestLiMethod switch
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

    /// <summary>
    /// Runs a sync while advancing the shared fake clock only while the engine waits: one quota segment at a time while
    /// the limiter has callers queued (it says when one joins), and by a wait's own length when the engine starts a
    /// short one-shot wait (a backoff after a transient failure, a 429's retry delay, a task poll). The HTTP pipeline's
    /// long timeouts and the limiter's periodic window timers never move it.
    /// </summary>
    private async Task<RscSyncReport> RunAsync(RscSyncEngine engine, RscSyncRateLimiter limiter, RscSyncRequest request, CancellationToken cancellationToken = default)
    {
        using var queued = new SemaphoreSlim(0);
        using var waits = new ShortWaits(_h.Time, TimeSpan.FromMinutes(5));
        void OnQueued() => queued.Release();

        limiter.Queued += OnQueued;
        try
        {
            Task<RscSyncReport> run = Task.Run(() => engine.SyncAsync(request, cancellationToken: cancellationToken), CancellationToken.None);
            Task hangGuard = Task.Delay(TimeSpan.FromMinutes(5), TimeProvider.System, CancellationToken.None);
            Task signal = queued.WaitAsync(CancellationToken.None);
            Task<TimeSpan> wait = waits.NextAsync();
            while (!run.IsCompleted)
            {
                Task woke = await Task.WhenAny(run, signal, wait, hangGuard);
                if (woke == hangGuard)
                {
                    Assert.Fail($"The sync did not finish: it waits for something this driver does not give. Clock {_h.Time.GetUtcNow():O}, {limiter.Describe()}.");
                }
                else if (woke == signal)
                {
                    while (limiter.QueuedCount > 0)
                    {
                        _h.Time.Advance(TimeSpan.FromSeconds(1));
                    }

                    signal = queued.WaitAsync(CancellationToken.None);
                }
                else if (woke == wait)
                {
                    _h.Time.Advance(await wait);
                    wait = waits.NextAsync();
                }
            }

            return await run;
        }
        finally
        {
            limiter.Queued -= OnQueued;
        }
    }

    private static bool IsProspect(RscCandidateRecord record) => int.Parse(record.Candidate.AtsCandidateId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) % 50 == 7;

    /// <summary>
    /// Candidate <c>Ci</c> has one application <c>Ai</c> with one or two stages; every tenth candidate has a note, every
    /// tenth application a note and every tenth interview feedback. <c>i % 50 == 7</c>: the application is in the Prospect
    /// stage only. <c>i % 1000 == 3</c>: the candidate's e-mail is invalid. <c>i % 1000 == 5</c>: the application has no job name.
    /// </summary>
    private static List<RscCandidateRecord> Generate(int count)
    {
        var records = new List<RscCandidateRecord>(count);
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

            List<ApplicationStage> stages = i % 50 == 7 ? [Stage(a, "S1", "Prospect")] : [Stage(a, "S1")];
            if (i % 3 == 0 && i % 50 != 7)
            {
                stages.Add(Stage(a, "S2", "Onsite Interview"));
            }

            records.Add(new RscCandidateRecord
            {
                Candidate = candidate,
                Notes = i % 10 == 0 ? [new CandidateNote { AtsCandidateId = c, NoteId = "N1", Note = "Met at a fair", AtsCreatedAt = Start.AddDays(-5) }] : [],
                Applications =
                [
                    new RscApplicationRecord
                    {
                        Application = application,
                        Stages = stages,
                        Notes = i % 10 == 1 ? [new ApplicationNote { AtsJobApplicationId = a, NoteId = "N1", Note = "Good fit" }] : [],
                        InterviewFeedback = i % 10 == 2
                            ? [new InterviewFeedback { AtsJobApplicationId = a, FeedbackId = "F1", InterviewType = InterviewType.PhoneScreen, Evaluations = [new InterviewEvaluation("Teamwork", "5/5")] }]
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
    private static ExpectedSync Expected(List<RscCandidateRecord> input)
    {
        var e = new ExpectedSync();
        foreach (RscCandidateRecord r in input)
        {
            RscApplicationRecord app = r.Applications[0];
            int children = r.Notes.Count;
            int appChildren = app.Stages.Count + app.Notes.Count + app.InterviewFeedback.Count;
            e.AllRecords += 1 + children + 1 + appChildren;
            int i = int.Parse(r.Candidate.AtsCandidateId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            if (i % 50 == 7)
            {
                e.Count(RscSyncEntityKind.Candidate, RscSyncOutcome.Skipped);
                e.Count(RscSyncEntityKind.CandidateNote, RscSyncOutcome.Skipped, r.Notes.Count);
                e.CountApplication(app, RscSyncOutcome.Skipped, RscSyncOutcome.Skipped);
            }
            else if (i % 1000 == 3)
            {
                e.Count(RscSyncEntityKind.Candidate, RscSyncOutcome.Failed);
                e.Count(RscSyncEntityKind.CandidateNote, RscSyncOutcome.Failed, r.Notes.Count);
                e.CountApplication(app, RscSyncOutcome.Failed, RscSyncOutcome.Failed);
            }
            else
            {
                e.Candidates++;
                e.CandidateNotes += r.Notes.Count;
                e.Count(RscSyncEntityKind.Candidate, RscSyncOutcome.Synced);
                e.Count(RscSyncEntityKind.CandidateNote, RscSyncOutcome.Synced, r.Notes.Count);
                if (i % 1000 == 5)
                {
                    e.CountApplication(app, RscSyncOutcome.Failed, RscSyncOutcome.Failed);
                }
                else
                {
                    e.Applications++;
                    e.Stages += app.Stages.Count;
                    e.ApplicationNotes += app.Notes.Count;
                    e.Feedback += app.InterviewFeedback.Count;
                    e.CountApplication(app, RscSyncOutcome.Synced, RscSyncOutcome.Synced);
                }
            }
        }

        return e;
    }

    private static void AssertExactReport(RscSyncReport report, List<RscCandidateRecord> input)
    {
        ExpectedSync expected = Expected(input);
        Assert.Multiple(() =>
        {
            foreach (RscSyncEntityKind kind in expected.ByKind.Keys)
            {
                RscSyncCounts counts = report.ByKind[kind];
                Assert.That((counts.Synced, counts.Skipped, counts.Failed), Is.EqualTo(expected.ByKind[kind]), kind.ToString());
            }

            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(expected.AllRecords), "every input record is accounted for");
            Assert.That(report.Issues, Has.Count.EqualTo(report.Totals.Skipped + report.Totals.Failed - report.CoveredByCheckpoint));
        });
    }

    private void AssertEmulatorHoldsExactly(List<RscCandidateRecord> input)
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
        public Dictionary<RscSyncEntityKind, (long Synced, long Skipped, long Failed)> ByKind { get; } = [];

        public long AllRecords { get; set; }

        public int Candidates { get; set; }

        public int CandidateNotes { get; set; }

        public int Applications { get; set; }

        public int Stages { get; set; }

        public int ApplicationNotes { get; set; }

        public int Feedback { get; set; }

        public void Count(RscSyncEntityKind kind, RscSyncOutcome outcome, int n = 1)
        {
            (long s, long k, long f) = ByKind.GetValueOrDefault(kind);
            ByKind[kind] = outcome switch
            {
                RscSyncOutcome.Synced => (s + n, k, f),
                RscSyncOutcome.Skipped => (s, k + n, f),
                _ => (s, k, f + n),
            };
        }

        public void CountApplication(RscApplicationRecord app, RscSyncOutcome self, RscSyncOutcome children)
        {
            Count(RscSyncEntityKind.Application, self);
            Count(RscSyncEntityKind.ApplicationStage, children, app.Stages.Count);
            Count(RscSyncEntityKind.ApplicationNote, children, app.Notes.Count);
            Count(RscSyncEntityKind.InterviewFeedback, children, app.InterviewFeedback.Count);
        }
    }
}
