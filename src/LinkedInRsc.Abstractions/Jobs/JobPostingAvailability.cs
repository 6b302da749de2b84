namespace LinkedInRsc.Jobs;

/// <summary>
/// Who can see a job posted through RSC. An extensible enum: values LinkedIn adds later are kept as they are and never fail a read.
/// </summary>
public readonly struct JobPostingAvailability : IEquatable<JobPostingAvailability>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public JobPostingAvailability(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Also posted on LinkedIn as a basic job (<c>PUBLIC</c>).</summary>
    public static JobPostingAvailability Public { get; } = new("PUBLIC");

    /// <summary>Only visible inside Recruiter through the integration; the default when the customer cannot choose (<c>PRIVATE_TO_ATS_INTEGRATION</c>).</summary>
    public static JobPostingAvailability PrivateToAtsIntegration { get; } = new("PRIVATE_TO_ATS_INTEGRATION");

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is a <see langword="default"/> value that wraps nothing.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(JobPostingAvailability other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JobPostingAvailability other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JobPostingAvailability left, JobPostingAvailability right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JobPostingAvailability left, JobPostingAvailability right) => !left.Equals(right);
}
