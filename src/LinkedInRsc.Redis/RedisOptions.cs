namespace LinkedInRsc.Redis;

/// <summary>Settings of the SDK's Redis parts (<c>UseRedis</c>).</summary>
public sealed class RedisOptions
{
    /// <summary>
    /// Put before every key the SDK writes, so that several deployments (or other applications) can share one Redis;
    /// default <c>linkedinrsc:</c>. Every instance of one deployment must use the same prefix.
    /// </summary>
    public string KeyPrefix { get; set; } = "linkedinrsc:";

    /// <summary>
    /// How long the lease of a running customer sync holds without renewal (default 2 minutes). The instance that runs
    /// the sync renews it every third of this; an instance that dies leaves it to expire, after which another instance
    /// may take the sync over and resume it from its checkpoint.
    /// </summary>
    public TimeSpan SyncLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a processed push notification is remembered (default 7 days, longer than LinkedIn retries a
    /// delivery). A delivery of the same notification within this time is acknowledged without being processed again.
    /// </summary>
    public TimeSpan PushRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long the quota limiter and the checkpoint stores wait before they try again while Redis does not answer
    /// (default 1 second). They wait until Redis is back or the caller cancels: a sync pauses rather than sending
    /// without quota or losing its checkpoint.
    /// </summary>
    public TimeSpan UnavailableRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
