namespace LinkedInRsc.Notifications;

/// <summary>What the push processor did with a request to the callback URL.</summary>
public enum PushOutcome
{
    /// <summary>A signed push was processed (or a notification in it was ignored as processed before); answered 200.</summary>
    Processed = 0,

    /// <summary>Every notification in the push was processed before; answered 200 without processing again.</summary>
    Duplicate = 1,

    /// <summary>LinkedIn's endpoint validation (<c>challengeCode</c>) was answered.</summary>
    ChallengeAnswered = 2,

    /// <summary>The push is refused (see <see cref="PushResult.Refusal"/>); nothing was processed, and a non-2xx answer.</summary>
    Refused = 3,

    /// <summary>Another delivery of the same notification is being processed; not acknowledged, so LinkedIn retries.</summary>
    InProgress = 4,

    /// <summary>A handler failed; not acknowledged (500), so LinkedIn delivers the push again.</summary>
    Failed = 5,
}
