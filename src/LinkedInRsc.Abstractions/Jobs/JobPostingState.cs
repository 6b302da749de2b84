using System.Text.Json.Serialization;

namespace LinkedInRsc.Jobs;

/// <summary>
/// The state of a job posting. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<JobPostingState>))]
public readonly record struct JobPostingState : IExtensibleEnum<JobPostingState>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>LISTED</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public JobPostingState(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>The job is open (<c>LISTED</c>).</summary>
    public static JobPostingState Listed { get; } = new("LISTED");

    /// <summary>The job is closed (<c>CLOSED</c>).</summary>
    public static JobPostingState Closed { get; } = new("CLOSED");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(JobPostingState other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static JobPostingState IExtensibleEnum<JobPostingState>.Create(string value) => new(value);
}
