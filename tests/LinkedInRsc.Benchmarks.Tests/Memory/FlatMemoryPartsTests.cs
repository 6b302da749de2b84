using LinkedInRsc.Benchmarks.Memory;

namespace LinkedInRsc.Benchmarks.Tests.Memory;

/// <summary>The flat-memory parts do the work they claim, so that their peaks measure that work (no memory asserted here).</summary>
[TestFixture]
public sealed class FlatMemoryPartsTests
{
    [Test]
    public void Redeliveries_EveryTenthDelivery_RepeatsANotificationDeliveredFiveEarlier()
    {
        int[] notifications = [.. Enumerable.Range(0, 30).Select(PushFlatMemory.NotificationOf)];

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 30).Where(PushFlatMemory.IsRedelivery), Is.EqualTo(new[] { 9, 19, 29 }));
            Assert.That(notifications.Distinct().Count(), Is.EqualTo(27));
            Assert.That(notifications[19], Is.EqualTo(14));
        });
    }

    [Test]
    public void PushMeasureAsync_300SignedDeliveries_EachAnsweredAndEveryNotificationHandedOverOnce()
    {
        // MeasureAsync throws when a delivery is refused (its signature), a redelivery is handed over again, or a
        // notification is never handed over.
        Assert.That(async () => await PushFlatMemory.MeasureAsync(300, CancellationToken.None), Throws.Nothing);
    }

    [Test]
    public void JournalMeasureAsync_150Requests_EveryRequestSucceedsAndTheJournalStaysWithinCapacity()
    {
        // MeasureAsync throws when a request fails (a quota left in the way, say) or the journal is over capacity.
        Assert.That(async () => await JournalFlatMemory.MeasureAsync(150, CancellationToken.None), Throws.Nothing);
    }
}
