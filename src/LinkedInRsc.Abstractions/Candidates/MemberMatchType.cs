using System.Text.Json.Serialization;

namespace LinkedInRsc.Candidates;

/// <summary>
/// How LinkedIn matched a LinkedIn member to a synced candidate (an entry of <c>matchedMembers</c>). LinkedIn does not publish the vocabulary; the well-known values are the SDK's reading. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<MemberMatchType>))]
public readonly record struct MemberMatchType : IExtensibleEnum<MemberMatchType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>EXACT</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public MemberMatchType(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>The member is the candidate: e.g. one of the candidate's e-mail addresses is the member's.</summary>
    public static MemberMatchType Exact { get; } = new("EXACT");

    /// <summary>The member may be the candidate (e.g. the same name); a recruiter confirms by linking.</summary>
    public static MemberMatchType Possible { get; } = new("POSSIBLE");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(MemberMatchType other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static MemberMatchType IExtensibleEnum<MemberMatchType>.Create(string value) => new(value);
}
