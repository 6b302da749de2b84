using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The push body (UNCONFIRMED in LinkedIn's docs; the emulator's choice, documented in docs/emulator.md):
/// <c>{"notificationId","eventType","requestId","integrationContext","occurredAt"}</c>.
/// </summary>
internal static class PushPayloads
{
    /// <summary>The JSON body of a push.</summary>
    public static string Create(string notificationId, string eventType, string requestId, string? integrationContext, DateTimeOffset occurredAt)
    {
        var body = new JsonObject
        {
            ["notificationId"] = notificationId,
            ["eventType"] = eventType,
            ["requestId"] = requestId,
        };
        if (integrationContext is not null)
        {
            body["integrationContext"] = integrationContext;
        }

        body["occurredAt"] = occurredAt.ToUnixTimeMilliseconds();
        return body.ToJsonString();
    }
}
