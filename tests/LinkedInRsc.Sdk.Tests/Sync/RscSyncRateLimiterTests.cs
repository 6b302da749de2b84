using LinkedInRsc.Sync;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>The quota limiter on a fake clock: the window slides with the clock, waiters are served in order.</summary>
[TestFixture]
public sealed class RscSyncRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task FullWindow_NextCallerWaitsUntilTheRecordsLeaveTheWindow()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new RscSyncRateLimiter(new RscQuotaOptions { RecordsPerMinute = 100 }, time);

        bool firstWaited = await limiter.AcquireAsync(100);
        ValueTask<bool> second = limiter.AcquireAsync(1);
        time.Advance(TimeSpan.FromSeconds(60));
        bool stillWaitingAfterAMinute = !second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        bool secondWaited = await second;

        Assert.Multiple(() =>
        {
            Assert.That(firstWaited, Is.False);
            Assert.That(stillWaitingAfterAMinute, Is.True, "records stay in the window for 61 one-second segments, so no 60 s span exceeds the quota");
            Assert.That(secondWaited, Is.True);
            Assert.That(limiter.Waits, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Waiters_AreServedInOrder_AndACancelledWaiterGivesWay()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new RscSyncRateLimiter(new RscQuotaOptions { RecordsPerMinute = 10 }, time);
        await limiter.AcquireAsync(10);
        using var cancel = new CancellationTokenSource();
        ValueTask<bool> big = limiter.AcquireAsync(10, cancel.Token);
        ValueTask<bool> small = limiter.AcquireAsync(1);

        int queuedBefore = limiter.QueuedCount;
        cancel.Cancel();
        time.Advance(TimeSpan.FromSeconds(61));
        bool bigCancelled = false;
        try
        {
            await big;
        }
        catch (OperationCanceledException)
        {
            bigCancelled = true;
        }

        bool smallWaited = await small;

        Assert.Multiple(() =>
        {
            Assert.That(queuedBefore, Is.EqualTo(2));
            Assert.That(bigCancelled, Is.True);
            Assert.That(smallWaited, Is.True, "the cancelled waiter ahead of it no longer blocks it");
            Assert.That(limiter.QueuedCount, Is.Zero);
        });
    }

    [Test]
    public async Task RequestsPerDay_WaitsForTheNextUtcDay()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new RscSyncRateLimiter(new RscQuotaOptions { RequestsPerDay = 2 }, time);
        await limiter.AcquireAsync(1);
        await limiter.AcquireAsync(1);

        ValueTask<bool> third = limiter.AcquireAsync(1);
        time.Advance(TimeSpan.FromHours(15));
        bool waitingBeforeMidnight = !third.IsCompleted;
        time.Advance(TimeSpan.FromHours(1));
        bool thirdWaited = await third;

        Assert.Multiple(() =>
        {
            Assert.That(waitingBeforeMidnight, Is.True);
            Assert.That(thirdWaited, Is.True);
        });
    }

    [Test]
    public void BadArguments_AreRefused()
    {
        using var limiter = new RscSyncRateLimiter(new RscQuotaOptions { RecordsPerMinute = 10 }, new FakeTimeProvider(Start));

        Assert.Multiple(() =>
        {
            Assert.That(async () => await limiter.AcquireAsync(0), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(async () => await limiter.AcquireAsync(11), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new RscSyncRateLimiter(new RscQuotaOptions { Segment = TimeSpan.FromSeconds(7) }), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }
}
