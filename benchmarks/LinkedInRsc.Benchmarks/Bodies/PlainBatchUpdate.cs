using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>A Rest.li BATCH_UPDATE body (<c>{"entities":{key:entity}}</c>) as a plain class.</summary>
public sealed class PlainBatchUpdate
{
    /// <summary>The entities by encoded key.</summary>
    [JsonPropertyName("entities")]
    public Dictionary<string, PlainCandidate> Entities { get; set; } = [];
}
