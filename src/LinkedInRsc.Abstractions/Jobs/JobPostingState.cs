namespace LinkedInRsc.Jobs;

/// <summary>
/// The state of a job posting. An extensible enum: values LinkedIn adds later are kept as they are and never fail a read.
/// </summary>
public readonly struct JobPostingState : IEquatable<JobPostingState>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public JobPostingState(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>The job is open (<c>LISTED</c>).</summary>
    public static JobPostingState Listed { get; } = new("LISTED");

    /// <summary>The job is closed (<c>CLOSED</c>).</summary>
    public static JobPostingState Closed { get; } = new("CLOSED");

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is a <see langword="default"/> value that wraps nothing.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(JobPostingState other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JobPostingState other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JobPostingState left, JobPostingState right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JobPostingState left, JobPostingState right) => !left.Equals(right);
}
