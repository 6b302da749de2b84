using LinkedInRsc.Sync;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Sdk.Tests.Sync;

[TestFixture]
public sealed class SyncRateLimiterTests
{
    [Test]
    public async Task AcquireAsync_WithinQuota_DoesNotWait()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SyncRateLimiter(new QuotaOptions { RecordsPerMinute = 300 }, time);

        bool w1 = await limiter.AcquireAsync(100);
        bool w2 = await limiter.AcquireAsync(100);
        bool w3 = await limiter.AcquireAsync(100);

        Assert.That(new[] { w1, w2, w3 }, Is.All.False);
        Assert.That(limiter.Waits, Is.Zero);
    }

    [Test]
    public async Task AcquireAsync_OverRecordsQuota_WaitsUntilTheOldRecordsLeaveTheWindow()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SyncRateLimiter(new QuotaOptions { RecordsPerMinute = 200 }, time);
        await limiter.AcquireAsync(100);
        time.Advance(TimeSpan.FromSeconds(10));
        await limiter.AcquireAsync(100);

        Task<bool> third = limiter.AcquireAsync(100).AsTask();
        time.Advance(TimeSpan.FromSeconds(50));
        Assert.That(third.IsCompleted, Is.False, "60 s after the first batch the window (a minute plus a segment) still holds 200 records");
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.That(await third, Is.True);
        Assert.That(limiter.Waits, Is.EqualTo(1));
    }

    [Test]
    public async Task AcquireAsync_ClockJumpsManySegmentsAtOnce_EverySegmentSlidesTheWindow()
    {
        // A fake clock fires the 61 segment timers of a jump back to back, nanoseconds apart; the BCL limiter drops a
        // manual replenishment that comes within its nominal period of the previous one, which once made syncs hang.
        var time = new FakeTimeProvider();
        using var limiter = new SyncRateLimiter(new QuotaOptions { RecordsPerMinute = 100 }, time);
        var late = new List<int>();
        for (int round = 0; round < 3000; round++)
        {
            await limiter.AcquireAsync(100);
            Task<bool> next = limiter.AcquireAsync(100).AsTask();
            time.Advance(TimeSpan.FromSeconds(61));
            if (limiter.GetStatistics().HasWaiters)
            {
                late.Add(round);
                time.Advance(TimeSpan.FromMinutes(2));
            }

            Assert.That(await next, Is.True, "the second acquisition of a round waits for the first to leave the window");
            time.Advance(TimeSpan.FromSeconds(61));
        }

        Assert.That(late, Is.Empty, "rounds in which 61 seconds did not free the window");
    }

    [Test]
    public async Task AcquireAsync_OverDailyRequests_WaitsForUtcMidnight()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 23, 0, 0, TimeSpan.Zero));
        using var limiter = new SyncRateLimiter(new QuotaOptions { RequestsPerDay = 2 }, time);
        await limiter.AcquireAsync(1);
        await limiter.AcquireAsync(1);

        Task<bool> third = limiter.AcquireAsync(1).AsTask();
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.That(third.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(await third, Is.True);
    }

    [Test]
    public void AcquireAsync_MoreRecordsThanTheQuota_Throws()
    {
        using var limiter = new SyncRateLimiter(new QuotaOptions { RecordsPerMinute = 50 }, new FakeTimeProvider());

        Assert.That(async () => await limiter.AcquireAsync(51), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Constructor_SegmentNotDividingAMinute_Throws()
    {
        Assert.That(() => new SyncRateLimiter(new QuotaOptions { Segment = TimeSpan.FromSeconds(7) }, new FakeTimeProvider()), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Segment"));
    }

    [Test]
    public async Task AcquireAsync_Cancelled_ThrowsWithoutTakingQuota()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SyncRateLimiter(new QuotaOptions { RecordsPerMinute = 100 }, time);
        await limiter.AcquireAsync(100);
        using var cts = new CancellationTokenSource();

        Task<bool> waiting = limiter.AcquireAsync(100, cts.Token).AsTask();
        await cts.CancelAsync();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        time.Advance(TimeSpan.FromSeconds(62));
        Assert.That(await limiter.AcquireAsync(100), Is.False);
    }
}
