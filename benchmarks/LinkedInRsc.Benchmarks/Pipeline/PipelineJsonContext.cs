using System.Text.Json.Serialization;
using LinkedInRsc.Benchmarks.Bodies;

namespace LinkedInRsc.Benchmarks.Pipeline;

/// <summary>Source-generated JSON for the hand-written baseline of <see cref="PipelineBenchmarks"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainBatchUpdate))]
[JsonSerializable(typeof(PlainBatchResponse))]
public sealed partial class PipelineJsonContext : JsonSerializerContext;
