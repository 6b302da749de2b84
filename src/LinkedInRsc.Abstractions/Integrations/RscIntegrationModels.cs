namespace LinkedInRsc.Integrations;

/// <summary>
/// The status of an integration as LinkedIn reports it. An extensible enum: LinkedIn's full vocabulary is
/// UNCONFIRMED (rsc-reference §14 Q2), so unknown values are kept as they are.
/// </summary>
public readonly struct IntegrationStatus : IEquatable<IntegrationStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent by LinkedIn.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public IntegrationStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The customer's admin requested the integration in the onboarding widget.</summary>
    public static IntegrationStatus Requested { get; } = new("REQUESTED");

    /// <summary>The partner side is configured; waiting for the LinkedIn admin to turn it on (spelling UNCONFIRMED).</summary>
    public static IntegrationStatus PartnerReady { get; } = new("PARTNER_READY");

    /// <summary>The LinkedIn admin enabled the integration.</summary>
    public static IntegrationStatus Enabled { get; } = new("ENABLED");

    /// <summary>The LinkedIn admin turned the integration off.</summary>
    public static IntegrationStatus Disabled { get; } = new("DISABLED");

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(IntegrationStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntegrationStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IntegrationStatus left, IntegrationStatus right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IntegrationStatus left, IntegrationStatus right) => !left.Equals(right);
}

/// <summary>One RSC integration of a customer, as LinkedIn reports it.</summary>
public sealed record Integration
{
    /// <summary>The integration type.</summary>
    public required IntegrationType Type { get; init; }

    /// <summary>The organization URN (company-level types) or contract URN (<c>CSA_API</c>).</summary>
    public required string IntegrationContext { get; init; }

    /// <summary>The user-facing name the partner gave the integration, when set.</summary>
    public string? Name { get; init; }

    /// <summary>The status, when LinkedIn reported one.</summary>
    public IntegrationStatus? Status { get; init; }

    /// <summary>When LinkedIn last changed the integration, when reported.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }

    /// <summary>Whether LinkedIn reports the integration as enabled.</summary>
    public bool IsEnabled => Status == IntegrationStatus.Enabled;
}

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

/// <summary>A customer's RSC status derived from what LinkedIn returns.</summary>
public sealed record CustomerStatus
{
    /// <summary>The lifecycle state.</summary>
    public required OnboardingState State { get; init; }

    /// <summary>The access level actually granted.</summary>
    public required Customers.AccessLevel AccessLevel { get; init; }

    /// <summary>The features that level allows.</summary>
    public Customers.Features Features => Customers.AccessLevels.FeaturesOf(AccessLevel);

    /// <summary>The contracts on which <c>CSA_API</c> is enabled.</summary>
    public IReadOnlyList<ContractUrn> EnabledContracts { get; init; } = [];

    /// <summary>The integrations LinkedIn reported.</summary>
    public IReadOnlyList<Integration> Integrations { get; init; } = [];
}

/// <summary>The content of an <c>INTEGRATION_STATUS_CHANGE</c> notification, looked up by its request id.</summary>
public sealed record IntegrationStatusChange
{
    /// <summary>The request id the push carried.</summary>
    public required string RequestId { get; init; }

    /// <summary>The integrations whose status changed.</summary>
    public IReadOnlyList<Integration> Integrations { get; init; } = [];
}
