using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>A BATCH_UPDATE body of applications (<c>{"entities":{key:application}}</c>) as a plain class.</summary>
internal sealed class PlainApplicationBatchUpdate
{
    [JsonPropertyName("entities")]
    public Dictionary<string, PlainApplication> Entities { get; set; } = [];
}
