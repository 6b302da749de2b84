using System.Net;
using LinkedInRsc.Notifications;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using static LinkedInRsc.Redis.Tests.FleetData;

namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// Redis stops (killed: a crash) and starts again mid-run, with its data kept by its append-only file. What the SDK
/// documents: a sync pauses while Redis is away (the quota limiter and the checkpoint store wait for it) and goes on
/// when it is back; a push that arrives meanwhile is not acknowledged, and LinkedIn's retry is processed once.
/// </summary>
[TestFixture]
public sealed class RedisOutageTests
{
    private EmulatorHarness _h = null!;
    private RedisServer _redis = null!;

    [SetUp]
    public async Task SetUp()
    {
        _redis = await RedisServer.StartNewAsync();
        _h = await EmulatorHarness.StartWithSdkAsync(o => o.Quotas.RecordsPerMinute = 3_000);
        await _h.AddSdkCustomerAsync();
        await PostJobsAsync(_h);
        _h.Emulator.Journal.Clear();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _h.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task RedisKilledAndRestartedMidSync_TheSyncPausesAndCompletes_NothingLostAndAPushMeanwhileIsRetriedOnce()
    {
        var noticed = new LogSignal(1600); // RedisUnavailable
        var pushes = new CountingHandler();
        await using FleetHost host = await FleetHost.StartAsync(
            _h,
            _redis,
            "outage:",
            q => q.RecordsPerMinute = 2_950,
            services: s =>
            {
                s.AddLogging(b => b.AddProvider(noticed));
                s.AddSingleton<IUnknownPushHandler>(pushes);
            },
            redisOptions: o => o.SyncLease = TimeSpan.FromMinutes(10));

        List<CandidateRecord> input = CandidateRecords(0, 1_500);
        var outage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int reported = 0;
        bool restarted = false; // from the SDK's first "Redis unavailable" to the restart, the clock stands still: the outage is shorter than the lease
        var progress = new Reports(_ =>
        {
            if (Interlocked.Increment(ref reported) == 3)
            {
                _redis.KillAsync().GetAwaiter().GetResult();
                outage.TrySetResult();
            }
        });

        Task<SyncReport[]> run = FakeClockDriver.RunAsync(
            _h.Time,
            (() => host.CreateEngine().SyncAsync(new SyncRequest { SyncId = "through-outage", Candidates = Stream(input) }, progress), () => !noticed.Seen.IsCompleted || Volatile.Read(ref restarted)));
        await outage.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await noticed.Seen.WaitAsync(TimeSpan.FromMinutes(1));
        int sentDuringOutage = _h.Synced.Candidates.Count;
        PushRequest push = PushAcrossInstancesTests.SignedPush(_h, """{"notificationId":"n-outage","eventType":"SOMETHING_NEW"}""");
        Exception? pushDuringOutage = null;
        try
        {
            await host.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);
        }
        catch (Exception e)
        {
            pushDuringOutage = e;
        }

        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Redis.ConnectionRestored += (_, _) => reconnected.TrySetResult();
        await _redis.StartAsync();
        await reconnected.Task.WaitAsync(TimeSpan.FromMinutes(1)); // StackExchange.Redis reconnects by itself
        Volatile.Write(ref restarted, true);
        SyncReport report = (await run)[0];
        PushResult retried = await host.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);
        PushResult again = await host.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);

        TestContext.Out.WriteLine($"Redis down with {sentDuringOutage} candidates on the emulator; report {report.Totals}");
        Assert.Multiple(() =>
        {
            Assert.That(sentDuringOutage, Is.LessThan(input.Count), "Redis went away mid-sync");
            Assert.That(pushDuringOutage, Is.InstanceOf<RedisException>(), "a push while Redis is away fails (the callback answers 500), so LinkedIn delivers it again");
            Assert.That(pushes.Calls, Is.EqualTo(1), "the retry is processed once");
            Assert.That((retried.Outcome, again.Outcome), Is.EqualTo((PushOutcome.Processed, PushOutcome.Duplicate)));
            Assert.That(report.Resumed, Is.False, "the run itself went on");
            Assert.That(report.Totals.Synced, Is.EqualTo(input.Count * RecordsPerCandidate), "every record synced");
            Assert.That(report.Totals.Failed + report.Totals.Skipped, Is.Zero);
            Assert.That(_h.Emulator.Journal.Entries.Count(e => e.StatusCode == HttpStatusCode.TooManyRequests), Is.Zero, "no request went without quota");
        });
        AssertEmulatorHoldsExactly(_h, input);
    }

    private sealed class CountingHandler : IUnknownPushHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task OnUnknownPushAsync(string customerId, PushNotification notification, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return Task.CompletedTask;
        }
    }

    /// <summary>Completes <see cref="Seen"/> when a log entry with the event id is written.</summary>
    private sealed class LogSignal(int eventId) : ILoggerProvider, ILogger
    {
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => _seen.Task;


        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (id.Id == eventId)
            {
                _seen.TrySetResult();
            }
        }

        public void Dispose()
        {
        }
    }
}
