namespace LinkedInRsc.Sync;

/// <summary>
/// Creates the quota limiter of a customer application (host extension point). The <see cref="SyncEngineFactory"/>
/// asks once per application and shares the limiter between every engine of that application in the process; without
/// a provider it creates in-memory limiters, which keep one process within the quota. A host that runs several
/// instances registers a provider whose limiters share the quota between them (the <c>LinkedInRsc.Redis</c> package
/// registers one with <c>UseRedis</c>).
/// </summary>
public interface IQuotaLimiterProvider
{
    /// <summary>Creates the limiter of one customer application.</summary>
    /// <param name="application">The application's client id (the customer id when it has no credentials).</param>
    /// <param name="quotas">The quotas to keep to.</param>
    /// <returns>The limiter; the factory disposes it.</returns>
    SyncRateLimiter Create(string application, QuotaOptions quotas);
}
