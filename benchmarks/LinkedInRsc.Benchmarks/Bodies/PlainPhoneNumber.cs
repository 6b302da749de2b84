using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>A phone number as a plain class, for the reflection-based baseline.</summary>
public sealed class PlainPhoneNumber
{
    /// <summary>The number.</summary>
    [JsonPropertyName("number")]
    public string Number { get; set; } = string.Empty;

    /// <summary>The extension.</summary>
    [JsonPropertyName("extension")]
    public string? Extension { get; set; }
}
