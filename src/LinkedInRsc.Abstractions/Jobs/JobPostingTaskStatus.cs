namespace LinkedInRsc.Jobs;

/// <summary>
/// The status of an asynchronous job-posting task. An extensible enum: values LinkedIn adds later are kept as they are and never fail a read.
/// </summary>
public readonly struct JobPostingTaskStatus : IEquatable<JobPostingTaskStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public JobPostingTaskStatus(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>Still being processed (<c>IN_PROGRESS</c>).</summary>
    public static JobPostingTaskStatus InProgress { get; } = new("IN_PROGRESS");

    /// <summary>Done without error (<c>SUCCEEDED</c>).</summary>
    public static JobPostingTaskStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary>Failed; the task carries LinkedIn's reason (<c>FAILED</c>).</summary>
    public static JobPostingTaskStatus Failed { get; } = new("FAILED");

    /// <summary>Processed, with or without an error (<c>PROCESSED</c>).</summary>
    public static JobPostingTaskStatus Processed { get; } = new("PROCESSED");

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is a <see langword="default"/> value that wraps nothing.</summary>
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(JobPostingTaskStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JobPostingTaskStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JobPostingTaskStatus left, JobPostingTaskStatus right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JobPostingTaskStatus left, JobPostingTaskStatus right) => !left.Equals(right);
}
