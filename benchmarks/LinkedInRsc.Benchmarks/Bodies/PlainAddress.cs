using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>An address as a plain class, for the reflection-based baseline.</summary>
public sealed class PlainAddress
{
    /// <summary>The street line.</summary>
    [JsonPropertyName("line1")]
    public string? Line1 { get; set; }

    /// <summary>The city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>The state or region.</summary>
    [JsonPropertyName("geographicArea")]
    public string? GeographicArea { get; set; }

    /// <summary>The postal code.</summary>
    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; set; }

    /// <summary>The country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }
}
