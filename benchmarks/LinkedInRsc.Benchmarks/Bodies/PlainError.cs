using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>One key's entry of <c>errors</c>.</summary>
public sealed class PlainError
{
    /// <summary>The HTTP status.</summary>
    [JsonPropertyName("status")]
    public int Status { get; set; }

    /// <summary>LinkedIn's message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>LinkedIn's service error code.</summary>
    [JsonPropertyName("serviceErrorCode")]
    public int? ServiceErrorCode { get; set; }
}
