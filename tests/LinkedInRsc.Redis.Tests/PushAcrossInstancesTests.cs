using System.Text;
using LinkedInRsc.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Redis.Tests;

/// <summary>The same push delivered to two instances (LinkedIn's retry landing elsewhere, or a replay) is processed once.</summary>
[TestFixture]
public sealed class PushAcrossInstancesTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        await _h.AddSdkCustomerAsync();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task SamePush_DeliveredToTwoInstancesAtOnce_IsProcessedOnce_AndTheOtherDeliveryIsNotAcknowledgedUntilItIs()
    {
        var handler = new GatedHandler();
        string prefix = SharedRedis.UniquePrefix();
        await using FleetHost a = await FleetHost.StartAsync(_h, SharedRedis.Server, prefix, services: s => s.AddSingleton<IUnknownPushHandler>(handler));
        await using FleetHost b = await FleetHost.StartAsync(_h, SharedRedis.Server, prefix, services: s => s.AddSingleton<IUnknownPushHandler>(handler));
        PushRequest push = SignedPush(_h, """{"notificationId":"n-1","eventType":"SOMETHING_NEW"}""");

        Task<PushResult> onA = a.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);
        await handler.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        PushResult onBMeanwhile = await b.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);
        handler.Release.SetResult();
        PushResult first = await onA;
        PushResult onBAfter = await b.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);
        PushResult onAAgain = await a.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);

        Assert.Multiple(() =>
        {
            Assert.That(handler.Calls, Is.EqualTo(1), "processed once across both instances");
            Assert.That((first.Outcome, first.IsAcknowledged), Is.EqualTo((PushOutcome.Processed, true)));
            Assert.That((onBMeanwhile.Outcome, onBMeanwhile.IsAcknowledged), Is.EqualTo((PushOutcome.InProgress, false)), "while instance A processes it, B asks LinkedIn to deliver again");
            Assert.That((onBAfter.Outcome, onBAfter.IsAcknowledged), Is.EqualTo((PushOutcome.Duplicate, true)), "once processed, B acknowledges the retry without processing");
            Assert.That(onAAgain.Outcome, Is.EqualTo(PushOutcome.Duplicate));
        });
    }

    [Test]
    public async Task Push_HandlerFailsOnOneInstance_IsProcessedByTheRetryOnAnother()
    {
        var handler = new GatedHandler { FailFirst = true };
        handler.Release.SetResult();
        string prefix = SharedRedis.UniquePrefix();
        await using FleetHost a = await FleetHost.StartAsync(_h, SharedRedis.Server, prefix, services: s => s.AddSingleton<IUnknownPushHandler>(handler));
        await using FleetHost b = await FleetHost.StartAsync(_h, SharedRedis.Server, prefix, services: s => s.AddSingleton<IUnknownPushHandler>(handler));
        PushRequest push = SignedPush(_h, """{"notificationId":"n-2","eventType":"SOMETHING_NEW"}""");

        PushResult failed = await a.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);
        PushResult retried = await b.Services.GetRequiredService<PushProcessor>().ProcessAsync(push);

        Assert.Multiple(() =>
        {
            Assert.That((failed.Outcome, failed.IsAcknowledged), Is.EqualTo((PushOutcome.Failed, false)));
            Assert.That((retried.Outcome, retried.IsAcknowledged), Is.EqualTo((PushOutcome.Processed, true)), "the claim was given back, so the retry on B processes it");
            Assert.That(handler.Calls, Is.EqualTo(2));
        });
    }

    /// <summary>A push to the harness's customer, signed with its secret as LinkedIn signs it.</summary>
    internal static PushRequest SignedPush(EmulatorHarness harness, string body)
    {
        string secret = harness.Client.Customer.Credentials!.ClientSecret;
        return new PushRequest
        {
            CustomerId = harness.Client.Customer.CustomerId,
            Method = "POST",
            Body = Encoding.UTF8.GetBytes(body),
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-LI-Signature"] = "hmacsha256=" + FakeCallback.Hmac(body, secret) },
            Query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>Counts the notifications it is handed; the first waits for <see cref="Release"/> (or fails, with <see cref="FailFirst"/>).</summary>
    private sealed class GatedHandler : IUnknownPushHandler
    {
        private int _calls;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool FailFirst { get; init; }

        public int Calls => Volatile.Read(ref _calls);

        public async Task OnUnknownPushAsync(string customerId, PushNotification notification, CancellationToken cancellationToken = default)
        {
            int call = Interlocked.Increment(ref _calls);
            Entered.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            if (FailFirst && call == 1)
            {
                throw new InvalidOperationException("The host's handler failed.");
            }
        }
    }
}
