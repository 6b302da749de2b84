using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>An engine over a <see cref="FakeRsc"/>, a fake clock and a shared checkpoint store.</summary>
internal sealed class SyncHarness : IDisposable
{
    public SyncHarness(SyncOptions? options = null, QuotaOptions? quota = null, IProspectStageProvider? prospects = null)
    {
        Prospects = prospects;
        Time = new TestClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        Rsc = new FakeRsc(Time);
        Options = options ?? new SyncOptions();
        Limiter = new SyncRateLimiter(quota, Time);
    }

    public TestClock Time { get; }

    public FakeRsc Rsc { get; }

    public SyncOptions Options { get; }

    public IProspectStageProvider? Prospects { get; }

    public SyncRateLimiter Limiter { get; }

    public InMemorySyncCheckpointStore Checkpoints { get; } = new();

    public SyncEngine CreateEngine() => new("customer-1", Rsc, Rsc, Rsc, Options, Checkpoints, Limiter, Time, Prospects);

    /// <summary>
    /// Runs a sync, moving the fake clock forward while the engine waits (quota, backoff, task polling). The clock only
    /// moves when the engine yields; no wall-clock time is spent waiting.
    /// </summary>
    public Task<SyncReport> RunAsync(SyncRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default) =>
        DriveAsync(CreateEngine().SyncAsync(request, progress, cancellationToken));

    public Task<SyncReport> RunAsync(IEnumerable<CandidateRecord> candidates, IEnumerable<JobRecord>? jobs = null, string syncId = "historical") =>
        RunAsync(new SyncRequest
        {
            SyncId = syncId,
            Jobs = jobs is null ? null : SyncData.Stream(jobs),
            Candidates = SyncData.Stream(candidates),
        });

    public async Task<T> DriveAsync<T>(Task<T> run)
    {
        // The clock moves, from a dedicated thread, only to the next due timer: time passes only while the engine waits
        // (quota, backoff, polling), never while it works, so timestamps are exact and nothing sleeps.
        bool stop = false;
        var driver = new Thread(() =>
        {
            while (!run.IsCompleted && !Volatile.Read(ref stop))
            {
                // The limiter's window timers tick forever: follow them only while a caller waits for quota.
                if (Time.NextDue(includePeriodic: Limiter.GetStatistics().HasWaiters) is { } due)
                {
                    TimeSpan step = due - Time.GetUtcNow();
                    Time.Advance(step > TimeSpan.Zero ? step : TimeSpan.Zero);
                }

                Thread.Yield();
            }
        })
        { IsBackground = true, Name = "fake-clock" };
        driver.Start();
        try
        {
            return await run.WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The sync did not finish: it waits for something the fake clock cannot give. Calls {Rsc.Calls.Count}, clock {Time.GetUtcNow():O}, {Limiter.GetStatistics()}.");
            throw;
        }
        finally
        {
            Volatile.Write(ref stop, true);
            driver.Join();
        }
    }

    public void Dispose() => Limiter.Dispose();
}
