namespace LinkedInRsc.RecruiterActivity;

/// <summary>Some talent-pool candidates of a window could not be synced back; the window is read again next round.</summary>
internal sealed class StubSyncBackException(string message, long failed, bool isTransient) : Exception(message)
{
    public long Failed { get; } = failed;

    public bool IsTransient { get; } = isTransient;
}
