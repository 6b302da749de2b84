namespace LinkedInRsc.Notifications;

/// <summary>What <see cref="IPushDeduplicationStore.TryClaimAsync"/> found.</summary>
public enum PushClaimStatus
{
    /// <summary>The caller holds the claim and processes the notification.</summary>
    Claimed = 0,

    /// <summary>The notification was processed before: acknowledge it without processing it again.</summary>
    AlreadyProcessed = 1,

    /// <summary>Another delivery holds an unexpired claim: do not process, and do not acknowledge (LinkedIn retries).</summary>
    InProgress = 2,
}
