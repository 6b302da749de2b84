namespace LinkedInRsc.Testing;

/// <summary>Where a push notification is in its delivery.</summary>
public enum EmulatorPushState
{
    /// <summary>Being delivered or waiting for a retry.</summary>
    Pending,

    /// <summary>The callback answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed (or the customer has no callback URL); LinkedIn gives up.</summary>
    Failed,
}
