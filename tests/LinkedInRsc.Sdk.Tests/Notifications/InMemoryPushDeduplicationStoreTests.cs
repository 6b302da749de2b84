using LinkedInRsc.Notifications;

namespace LinkedInRsc.Sdk.Tests.Notifications;

public sealed class InMemoryPushDeduplicationStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private TestClock _time = null!;
    private InMemoryPushDeduplicationStore _store = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new TestClock();
        _store = new InMemoryPushDeduplicationStore(_time, capacity: 2, retention: TimeSpan.FromDays(1));
    }

    [Test]
    public async Task TryClaimAsync_ClaimedThenCompleted_IsInProgressThenAlreadyProcessed()
    {
        PushClaim first = await _store.TryClaimAsync("acme", "n1", Lease);
        PushClaim whileHeld = await _store.TryClaimAsync("acme", "n1", Lease);
        PushClaim otherCustomer = await _store.TryClaimAsync("globex", "n1", Lease);
        await _store.CompleteAsync("acme", "n1", first.Token!);
        PushClaim afterDone = await _store.TryClaimAsync("acme", "n1", Lease);

        Assert.That(
            new[] { first.Status, whileHeld.Status, otherCustomer.Status, afterDone.Status },
            Is.EqualTo(new[] { PushClaimStatus.Claimed, PushClaimStatus.InProgress, PushClaimStatus.Claimed, PushClaimStatus.AlreadyProcessed }));
    }

    [Test]
    public async Task ReleaseAsync_AfterAFailure_LetsTheRetryClaimIt()
    {
        PushClaim first = await _store.TryClaimAsync("acme", "n1", Lease);
        await _store.ReleaseAsync("acme", "n1", first.Token!);

        PushClaim retry = await _store.TryClaimAsync("acme", "n1", Lease);

        Assert.That(retry.Status, Is.EqualTo(PushClaimStatus.Claimed));
        Assert.That(retry.Token, Is.Not.EqualTo(first.Token));
    }

    [Test]
    public async Task TryClaimAsync_LeaseExpired_IsTakenOverAndTheLateCompletionOfTheFirstIsIgnored()
    {
        PushClaim first = await _store.TryClaimAsync("acme", "n1", Lease);
        _time.Advance(Lease);
        PushClaim takeover = await _store.TryClaimAsync("acme", "n1", Lease);
        await _store.CompleteAsync("acme", "n1", first.Token!);
        PushClaim whileTakeoverHolds = await _store.TryClaimAsync("acme", "n1", Lease);

        Assert.That(takeover.Status, Is.EqualTo(PushClaimStatus.Claimed));
        Assert.That(whileTakeoverHolds.Status, Is.EqualTo(PushClaimStatus.InProgress), "the first delivery's claim had expired: its completion changes nothing");
    }

    [Test]
    public async Task CompleteAsync_BeyondCapacityOrRetention_ForgetsTheOldest()
    {
        foreach (string id in new[] { "n1", "n2", "n3" })
        {
            await _store.CompleteAsync("acme", id, (await _store.TryClaimAsync("acme", id, Lease)).Token!);
        }

        PushClaimStatus oldest = (await _store.TryClaimAsync("acme", "n1", Lease)).Status;
        PushClaimStatus newest = (await _store.TryClaimAsync("acme", "n3", Lease)).Status;
        _time.Advance(TimeSpan.FromDays(1));
        PushClaimStatus expired = (await _store.TryClaimAsync("acme", "n3", Lease)).Status;

        Assert.That(new[] { oldest, newest, expired }, Is.EqualTo(new[] { PushClaimStatus.Claimed, PushClaimStatus.AlreadyProcessed, PushClaimStatus.Claimed }));
    }
}
