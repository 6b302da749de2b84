using System.Text.Json.Serialization;

namespace LinkedInRsc.Applications;

/// <summary>
/// The kind of interview a piece of feedback is about. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<InterviewType>))]
public readonly record struct InterviewType : IExtensibleEnum<InterviewType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>PHONE_SCREEN</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public InterviewType(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>A phone screen (<c>PHONE_SCREEN</c>).</summary>
    public static InterviewType PhoneScreen { get; } = new("PHONE_SCREEN");

    /// <summary>An on-site interview (<c>ONSITE</c>).</summary>
    public static InterviewType Onsite { get; } = new("ONSITE");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(InterviewType other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static InterviewType IExtensibleEnum<InterviewType>.Create(string value) => new(value);
}
