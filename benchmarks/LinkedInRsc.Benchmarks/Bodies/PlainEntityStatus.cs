using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>One key's entry of <c>results</c>.</summary>
public sealed class PlainEntityStatus
{
    /// <summary>The HTTP status of this key.</summary>
    [JsonPropertyName("status")]
    public int Status { get; set; }
}
