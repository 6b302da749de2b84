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
