using System.Text.Json;
using LinkedInRsc.Internal;

namespace LinkedInRsc.Notifications;

/// <summary>
/// Reads the notifications of a signed push body leniently, with the field tables of <see cref="PushOptions"/>: a
/// single notification object, or an object wrapping an array of them.
/// </summary>
internal static class PushBodyReader
{
    /// <summary>The notifications, or null when the body is not JSON or a notification lacks an id or a type.</summary>
    public static IReadOnlyList<PushNotification>? Read(ReadOnlyMemory<byte> body, PushOptions options)
    {
        // A string that is not text (invalid UTF-8, an escaped lone surrogate) would throw only when read.
        if (!JsonText.IsReadable(body.Span))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            var items = new List<JsonElement>();
            if (root.ValueKind == JsonValueKind.Array)
            {
                items.AddRange(root.EnumerateArray());
            }
            else if (root.ValueKind == JsonValueKind.Object && First(root, options.EventTypeFields) is null
                && options.WrapperFields.Select(f => root.TryGetProperty(f, out JsonElement a) ? a : default).FirstOrDefault(a => a.ValueKind == JsonValueKind.Array) is { ValueKind: JsonValueKind.Array } wrapped)
            {
                items.AddRange(wrapped.EnumerateArray());
            }
            else
            {
                items.Add(root);
            }

            var notifications = new List<PushNotification>(items.Count);
            foreach (JsonElement item in items)
            {
                if (Read(item, options) is not { } notification)
                {
                    return null;
                }

                notifications.Add(notification);
            }

            return notifications.Count == 0 ? null : notifications;
        }
    }

    private static PushNotification? Read(JsonElement item, PushOptions options)
    {
        string? type = First(item, options.EventTypeFields);
        string? requestId = First(item, options.RequestIdFields);
        string? id = First(item, options.NotificationIdFields);
        if (string.IsNullOrWhiteSpace(type) || (id is null && requestId is null))
        {
            return null;
        }

        return new PushNotification
        {
            // Without an id of its own, a notification is known by what it announces.
            NotificationId = id ?? type + ":" + requestId,
            EventType = new PushEventType(type),
            RequestId = requestId,
            IntegrationContext = JsonRead.String(item, "integrationContext"),
            OccurredAt = Time(item, "occurredAt") ?? Time(item, "createdAt"),
            ExpiresAt = Time(item, "expiresAt"),
        };
    }

    private static string? First(JsonElement item, IReadOnlyList<string> fields) =>
        fields.Select(f => JsonRead.String(item, f)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static DateTimeOffset? Time(JsonElement item, string field)
    {
        if (JsonRead.Int64(item, field) is { } ms && ms > 0)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return JsonRead.String(item, field) is { } text
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed)
            ? parsed
            : null;
    }
}
