using System.Text.Json.Serialization;

namespace LinkedInRsc.Integrations;

/// <summary>
/// The status of an integration as LinkedIn reports it. LinkedIn has not published its full vocabulary, so the well-known values are those seen so far. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<IntegrationStatus>))]
public readonly record struct IntegrationStatus : IExtensibleEnum<IntegrationStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>REQUESTED</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public IntegrationStatus(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>The customer's admin requested the integration in the onboarding widget.</summary>
    public static IntegrationStatus Requested { get; } = new("REQUESTED");

    /// <summary>The partner side is configured; waiting for the LinkedIn admin to turn it on (spelling UNCONFIRMED).</summary>
    public static IntegrationStatus PartnerReady { get; } = new("PARTNER_READY");

    /// <summary>The LinkedIn admin enabled the integration.</summary>
    public static IntegrationStatus Enabled { get; } = new("ENABLED");

    /// <summary>The LinkedIn admin turned the integration off.</summary>
    public static IntegrationStatus Disabled { get; } = new("DISABLED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(IntegrationStatus other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static IntegrationStatus IExtensibleEnum<IntegrationStatus>.Create(string value) => new(value);
}
