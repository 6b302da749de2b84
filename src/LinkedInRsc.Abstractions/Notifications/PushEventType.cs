using System.Text.Json.Serialization;

namespace LinkedInRsc.Notifications;

/// <summary>
/// The type of a push notification LinkedIn sends to a customer's callback URL. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<PushEventType>))]
public readonly record struct PushEventType : IExtensibleEnum<PushEventType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>EXPORT_CANDIDATE_PROFILE</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public PushEventType(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>A recruiter exported a member to one of the customer's jobs (1-click export); the request id names the export.</summary>
    public static PushEventType ExportCandidateProfile { get; } = new("EXPORT_CANDIDATE_PROFILE");

    /// <summary>The customer's LinkedIn admin enabled, changed or disabled integrations; the request id names the change.</summary>
    public static PushEventType IntegrationStatusChange { get; } = new("INTEGRATION_STATUS_CHANGE");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(PushEventType other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static PushEventType IExtensibleEnum<PushEventType>.Create(string value) => new(value);
}
