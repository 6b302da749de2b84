namespace LinkedInRsc.Integrations;

/// <summary>Where a customer stands in the RSC lifecycle its admin sees.</summary>
public enum OnboardingState
{
    /// <summary>No LinkedIn organization or contract is connected yet.</summary>
    NotConnected = 0,

    /// <summary>The admin requested the integration; the partner side is not finished.</summary>
    Requested = 1,

    /// <summary>The partner side is done (integrations named, callback and viewers configured); waiting for the LinkedIn admin.</summary>
    PartnerReady = 2,

    /// <summary>Enabled at company or contract level (see <see cref="CustomerStatus.AccessLevel"/>).</summary>
    Enabled = 3,

    /// <summary>Every integration that was enabled has been turned off.</summary>
    Disabled = 4,
}
