using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources.Exports;

/// <summary>An exported member whose profile was closed.</summary>
internal sealed record PurgedRecord(string IntegrationContext, string MemberUrn, DateTimeOffset PurgedAt)
{
    public JsonObject ToJson() => new()
    {
        ["integrationContext"] = IntegrationContext,
        ["member"] = MemberUrn,
        ["purgedAt"] = PurgedAt.ToUnixTimeMilliseconds(),
    };
}
