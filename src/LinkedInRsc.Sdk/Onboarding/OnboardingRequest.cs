namespace LinkedInRsc.Onboarding;

/// <summary>What to set up for one customer.</summary>
public sealed record OnboardingRequest
{
    /// <summary>The ATS's customer id (the child application's <c>uniqueForeignId</c>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>The child application name: at most 50 characters, no "LinkedIn"; e.g. "Our ATS - Acme".</summary>
    public required string ApplicationName { get; init; }

    /// <summary>The customer's name as its users know it, used in the integration names LinkedIn shows.</summary>
    public required string DisplayName { get; init; }

    /// <summary>
    /// Where LinkedIn pushes this customer's notifications (HTTPS, unique per customer; http on a loopback host is
    /// accepted for a local emulator, which LinkedIn refuses).
    /// </summary>
    public required Uri CallbackUrl { get; init; }

    /// <summary>Origins allowed to host the LinkedIn widgets for this customer (no trailing slash).</summary>
    public IReadOnlyList<string> JsSdkDomains { get; init; } = [];

    /// <summary>Redirect addresses for ATS users' 3-legged OAuth.</summary>
    public IReadOnlyList<Uri> OAuthCallbackUrls { get; init; } = [];

    /// <summary>
    /// Whether the ATS syncs ACLs. When <see langword="false"/> (the default), <c>JOB_POSTING_VIEWERS</c> and
    /// <c>APPLICATION_VIEWERS</c> are set to <c>ALL_PRODUCT_USERS</c>, as LinkedIn requires.
    /// </summary>
    public bool SyncsAcls { get; init; }
}
