namespace LinkedInRsc.Notifications;

/// <summary>The answer of <see cref="IPushDeduplicationStore.TryClaimAsync"/>.</summary>
/// <param name="Status">Whether the caller may process the notification.</param>
/// <param name="Token">
/// When <see cref="PushClaimStatus.Claimed"/>: the claim's own token, handed back to
/// <see cref="IPushDeduplicationStore.CompleteAsync"/> or <see cref="IPushDeduplicationStore.ReleaseAsync"/> so that a
/// claim that expired and was taken by another delivery is not completed or released by the first one.
/// </param>
public readonly record struct PushClaim(PushClaimStatus Status, string? Token)
{
    /// <summary>A claim the caller holds.</summary>
    /// <param name="token">The claim's token.</param>
    /// <returns>The claim.</returns>
    public static PushClaim Claimed(string token) => new(PushClaimStatus.Claimed, token);

    /// <summary>The notification was processed before.</summary>
    public static PushClaim AlreadyProcessed { get; } = new(PushClaimStatus.AlreadyProcessed, null);

    /// <summary>Another delivery is processing the notification.</summary>
    public static PushClaim InProgress { get; } = new(PushClaimStatus.InProgress, null);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The token guards the claim; it is not printed.
        builder.Append("Status = ").Append(Status).Append(", HasToken = ").Append(Token is not null);
        return true;
    }
}
