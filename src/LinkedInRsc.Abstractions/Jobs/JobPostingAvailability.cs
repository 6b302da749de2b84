using System.Text.Json.Serialization;

namespace LinkedInRsc.Jobs;

/// <summary>
/// Who can see a job posted through RSC. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<JobPostingAvailability>))]
public readonly record struct JobPostingAvailability : IExtensibleEnum<JobPostingAvailability>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>PUBLIC</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public JobPostingAvailability(string value) => _value = ExtensibleEnumValue.Require(value);

    /// <summary>Also posted on LinkedIn as a basic job (<c>PUBLIC</c>).</summary>
    public static JobPostingAvailability Public { get; } = new("PUBLIC");

    /// <summary>Only visible inside Recruiter through the integration; the default when the customer cannot choose (<c>PRIVATE_TO_ATS_INTEGRATION</c>).</summary>
    public static JobPostingAvailability PrivateToAtsIntegration { get; } = new("PRIVATE_TO_ATS_INTEGRATION");

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(JobPostingAvailability other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static JobPostingAvailability IExtensibleEnum<JobPostingAvailability>.Create(string value) => new(value);
}
