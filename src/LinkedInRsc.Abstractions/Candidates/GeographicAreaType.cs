using System.Text.Json.Serialization;

namespace LinkedInRsc.Candidates;

/// <summary>
/// What the geographic area of an address is. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<GeographicAreaType>))]
public readonly record struct GeographicAreaType : IExtensibleEnum<GeographicAreaType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>STATE</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public GeographicAreaType(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>A state or province (<c>STATE</c>).</summary>
    public static GeographicAreaType State { get; } = new("STATE");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(GeographicAreaType other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static GeographicAreaType IExtensibleEnum<GeographicAreaType>.Create(string value) => new(value);
}
