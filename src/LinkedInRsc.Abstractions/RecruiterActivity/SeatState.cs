using System.Text.Json.Serialization;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// The state of a Recruiter seat (<c>state</c> of <c>seatsV2</c>). An extensible enum
/// (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and never fails a read; values
/// compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SeatState>))]
public readonly record struct SeatState : IExtensibleEnum<SeatState>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>ACTIVE</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public SeatState(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>The seat is in use (<c>ACTIVE</c>).</summary>
    public static SeatState Active { get; } = new("ACTIVE");

    /// <summary>The seat is not in use (<c>INACTIVE</c>).</summary>
    public static SeatState Inactive { get; } = new("INACTIVE");

    /// <summary>The holder was invited and has not accepted yet (<c>INVITED</c>).</summary>
    public static SeatState Invited { get; } = new("INVITED");

    /// <summary>The seat is parked (<c>PARKED</c>).</summary>
    public static SeatState Parked { get; } = new("PARKED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(SeatState other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static SeatState IExtensibleEnum<SeatState>.Create(string value) => new(value);
}
