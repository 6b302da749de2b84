using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>A Rest.li BATCH_UPDATE response (<c>results</c> and <c>errors</c> by encoded key) as a plain class.</summary>
public sealed class PlainBatchResponse
{
    /// <summary>Each key's status.</summary>
    [JsonPropertyName("results")]
    public Dictionary<string, PlainEntityStatus> Results { get; set; } = [];

    /// <summary>Each failed key's error.</summary>
    [JsonPropertyName("errors")]
    public Dictionary<string, PlainError> Errors { get; set; } = [];
}
