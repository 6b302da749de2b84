using System.Text.Json.Serialization;
using LinkedInRsc.Benchmarks.Bodies;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>Source-generated JSON for <see cref="HandWrittenBatcher"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainBatchUpdate))]
[JsonSerializable(typeof(PlainApplicationBatchUpdate))]
[JsonSerializable(typeof(PlainBatchResponse))]
internal sealed partial class ThroughputJsonContext : JsonSerializerContext;
