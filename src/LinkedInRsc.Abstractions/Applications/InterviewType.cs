namespace LinkedInRsc.Applications;

/// <summary>
/// The kind of interview a piece of feedback is about. An extensible enum: values LinkedIn adds later are kept as they are and never fail a read.
/// </summary>
public readonly struct InterviewType : IEquatable<InterviewType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public InterviewType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>A phone screen (<c>PHONE_SCREEN</c>).</summary>
    public static InterviewType PhoneScreen { get; } = new("PHONE_SCREEN");

    /// <summary>An on-site interview (<c>ONSITE</c>).</summary>
    public static InterviewType Onsite { get; } = new("ONSITE");

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is a <see langword="default"/> value that wraps nothing.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(InterviewType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InterviewType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(InterviewType left, InterviewType right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(InterviewType left, InterviewType right) => !left.Equals(right);
}
