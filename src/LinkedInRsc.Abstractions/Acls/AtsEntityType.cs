using System.Text.Json.Serialization;

namespace LinkedInRsc.Acls;

/// <summary>
/// The kind of ATS entity an ACL secures (only job postings today). An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AtsEntityType>))]
public readonly record struct AtsEntityType : IExtensibleEnum<AtsEntityType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>JOB_POSTING</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public AtsEntityType(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>A job posting; the entity id is its external job posting id (<c>JOB_POSTING</c>).</summary>
    public static AtsEntityType JobPosting { get; } = new("JOB_POSTING");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(AtsEntityType other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static AtsEntityType IExtensibleEnum<AtsEntityType>.Create(string value) => new(value);
}
