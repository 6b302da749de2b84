using System.Text.Json.Serialization;

namespace LinkedInRsc.Jobs;

/// <summary>
/// The status of an asynchronous job-posting task. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<JobPostingTaskStatus>))]
public readonly record struct JobPostingTaskStatus : IExtensibleEnum<JobPostingTaskStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>IN_PROGRESS</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public JobPostingTaskStatus(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>Still being processed (<c>IN_PROGRESS</c>).</summary>
    public static JobPostingTaskStatus InProgress { get; } = new("IN_PROGRESS");

    /// <summary>Done without error (<c>SUCCEEDED</c>).</summary>
    public static JobPostingTaskStatus Succeeded { get; } = new("SUCCEEDED");

    /// <summary>Failed; the task carries LinkedIn's reason (<c>FAILED</c>).</summary>
    public static JobPostingTaskStatus Failed { get; } = new("FAILED");

    /// <summary>Processed, with or without an error (<c>PROCESSED</c>).</summary>
    public static JobPostingTaskStatus Processed { get; } = new("PROCESSED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(JobPostingTaskStatus other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static JobPostingTaskStatus IExtensibleEnum<JobPostingTaskStatus>.Create(string value) => new(value);
}
