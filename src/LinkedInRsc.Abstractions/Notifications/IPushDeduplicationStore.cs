namespace LinkedInRsc.Notifications;

/// <summary>
/// Remembers which push notifications were processed, so that a notification LinkedIn delivers again (a retry, or a
/// replay) is processed once. The SDK ships a bounded in-memory store for one process; a host running several
/// instances registers a shared one.
/// </summary>
/// <remarks>
/// <para>
/// The protocol is a claim with a lease, then a mark: <see cref="TryClaimAsync"/> takes an exclusive claim that expires
/// after the lease; the processor runs the handlers and then calls <see cref="CompleteAsync"/> (the notification is done
/// and every later delivery is acknowledged without processing) or, when the handlers failed,
/// <see cref="ReleaseAsync"/> (the next delivery of LinkedIn's retry claims it again). A process that dies while holding a
/// claim leaves it to expire, after which a retry claims it.
/// </para>
/// <para>
/// A distributed implementation does the same atomically: for example in Redis, <c>SET key token NX PX lease</c> to
/// claim (a value of <c>done</c> meaning processed), a compare-and-set script that replaces the value only while it is
/// still the caller's token to complete (with the retention as expiry) or delete to release. The token is what makes a
/// late completion of an expired claim harmless. Implementations must be safe for concurrent use.
/// </para>
/// </remarks>
public interface IPushDeduplicationStore
{
    /// <summary>Tries to claim a notification for processing.</summary>
    /// <param name="customerId">The customer whose callback received it (ids are unique per customer's application).</param>
    /// <param name="notificationId">The notification's id.</param>
    /// <param name="lease">How long the claim holds before another delivery may take it over.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Claimed (with a token), already processed, or in progress elsewhere.</returns>
    ValueTask<PushClaim> TryClaimAsync(string customerId, string notificationId, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks a claimed notification processed. Does nothing when <paramref name="token"/> no longer holds the claim.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="notificationId">The notification's id.</param>
    /// <param name="token">The token of the claim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the mark is stored.</returns>
    ValueTask CompleteAsync(string customerId, string notificationId, string token, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim up after processing failed, so LinkedIn's next delivery claims it again. Does nothing when the token no longer holds it.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="notificationId">The notification's id.</param>
    /// <param name="token">The token of the claim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the claim is released.</returns>
    ValueTask ReleaseAsync(string customerId, string notificationId, string token, CancellationToken cancellationToken = default);
}
