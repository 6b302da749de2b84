using LinkedInRsc.Notifications;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>The host's handler for pushes of other event types: counts them and keeps nothing.</summary>
internal sealed class CountingPushHandler : IUnknownPushHandler
{
    private long _handled;

    /// <summary>How many notifications were handed over.</summary>
    public long Handled => Interlocked.Read(ref _handled);

    /// <inheritdoc />
    public Task OnUnknownPushAsync(string customerId, PushNotification notification, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _handled);
        return Task.CompletedTask;
    }
}
