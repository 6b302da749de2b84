namespace LinkedInRsc.Candidates;

/// <summary>
/// What the geographic area of an address is. An extensible enum: values LinkedIn adds later are kept as they are and never fail a read.
/// </summary>
public readonly struct GeographicAreaType : IEquatable<GeographicAreaType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public GeographicAreaType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A state or province (<c>STATE</c>).</summary>
    public static GeographicAreaType State { get; } = new("STATE");

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is a <see langword="default"/> value that wraps nothing.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(GeographicAreaType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GeographicAreaType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(GeographicAreaType left, GeographicAreaType right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(GeographicAreaType left, GeographicAreaType right) => !left.Equals(right);
}
