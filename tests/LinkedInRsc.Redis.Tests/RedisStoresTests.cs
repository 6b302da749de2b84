using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Sync;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInRsc.Redis.Tests;

/// <summary>The Redis stores on their own, against the shared test Redis.</summary>
[TestFixture]
public sealed class RedisStoresTests
{
    private readonly TestClock _time = new();
    private RedisKeys _keys = null!;
    private RedisAvailability _availability = null!;

    [SetUp]
    public void SetUp()
    {
        _keys = new RedisKeys(SharedRedis.UniquePrefix());
        _availability = new RedisAvailability(_time, TimeSpan.FromSeconds(1), NullLogger.Instance);
    }

    [Test]
    public async Task RecruiterActivityCheckpoint_SavedEarlierAfterLater_KeepsTheLater()
    {
        var store = new RedisRecruiterActivityCheckpointStore(SharedRedis.Connection, _keys, _availability);
        var key = new RecruiterActivityCheckpointKey("acme", SeatUrn.FromId(7), RecruiterActivityKind.InMails);
        DateTimeOffset later = TestClock.DefaultStart.AddHours(12).AddTicks(3);

        Assert.That(await store.GetAsync(key), Is.Null, "never delivered");
        await store.SaveAsync(key, new RecruiterActivityCheckpoint(later));
        await store.SaveAsync(key, new RecruiterActivityCheckpoint(TestClock.DefaultStart));

        Assert.Multiple(async () =>
        {
            Assert.That((await store.GetAsync(key))!.Through, Is.EqualTo(later), "an instance that saves an older checkpoint does not move it back (to the tick)");
            Assert.That(await store.GetAsync(key with { Kind = RecruiterActivityKind.ProspectNotes }), Is.Null, "streams are kept apart");
        });
    }

    [Test]
    public async Task SyncCheckpoint_SavedAndRead_ComesBackEqual_AndIsGoneAfterDelete()
    {
        var store = new RedisSyncCheckpointStore(SharedRedis.Connection, _keys, _availability);
        var checkpoint = new SyncCheckpoint
        {
            Stage = SyncStage.Candidates,
            Position = 1_200,
            LastKey = "C1199",
            UpdatedAt = TestClock.DefaultStart.AddMinutes(3),
            PendingJobTasks = new Dictionary<string, string> { ["urn:li:simpleJobPostingTask:1"] = "J1" },
        };

        await store.SaveAsync("acme:eu", "historical", checkpoint);

        Assert.Multiple(async () =>
        {
            Assert.That(await store.GetAsync("acme:eu", "historical"), Is.EqualTo(checkpoint), "every member survives the round trip");
            Assert.That(await store.GetAsync("acme", "eu:historical"), Is.Null, "ids holding the separator do not collide");
        });
        await store.DeleteAsync("acme:eu", "historical");
        Assert.That(await store.GetAsync("acme:eu", "historical"), Is.Null);
    }

    [Test]
    public async Task Claim_ExpiredOnTheSdksClock_IsTakenOver_AndTheLateTokenChangesNothing()
    {
        var claims = new RedisClaims(SharedRedis.Connection);
        StackExchange.Redis.RedisKey key = _keys.Lease("acme", "historical");
        TimeSpan lease = TimeSpan.FromMinutes(2);

        string first = await claims.TryClaimAsync(key, "a", _time.GetUtcNow(), lease);
        string whileHeld = await claims.TryClaimAsync(key, "b", _time.GetUtcNow().Add(lease).AddMilliseconds(-1), lease);
        string afterExpiry = await claims.TryClaimAsync(key, "b", _time.GetUtcNow().Add(lease), lease);
        bool lateRenewal = await claims.RenewAsync(key, "a", _time.GetUtcNow(), lease);
        bool lateRelease = await claims.ReleaseAsync(key, "a");
        string third = await claims.TryClaimAsync(key, "c", _time.GetUtcNow().Add(lease), lease);

        Assert.That((first, whileHeld, afterExpiry, lateRenewal, lateRelease, third), Is.EqualTo(("claimed", "held", "claimed", false, false, "held")));
    }
}
