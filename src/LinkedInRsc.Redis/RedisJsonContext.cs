using System.Text.Json.Serialization;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Redis;

/// <summary>Source-generated JSON for what the stores keep: every public member of the checkpoint, enums by name.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SyncCheckpoint))]
internal sealed partial class RedisJsonContext : JsonSerializerContext;
