using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>Parses seed documents into control requests.</summary>
internal static class SeedSteps
{
    /// <summary>The steps of <c>{"steps":[{"method","path","body"}]}</c>.</summary>
    public static IEnumerable<(int Index, RawRequest Request)> Parse(string seedJson)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(seedJson);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The seed document is not valid JSON: {ex.Message}", ex);
        }

        if (document?["steps"] is not JsonArray steps)
        {
            throw new InvalidOperationException("The seed document must be {\"steps\":[{\"method\":\"POST\",\"path\":\"customers\",\"body\":{...}}]}.");
        }

        var requests = new List<(int, RawRequest)>();
        for (int i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step
                || step["path"] is not JsonValue pathValue || !pathValue.TryGetValue(out string? path))
            {
                throw new InvalidOperationException($"Seed step {i} must be an object with a string 'path' (relative to /_emulator/).");
            }

            string method = step["method"] is JsonValue m && m.TryGetValue(out string? text) ? text.ToUpperInvariant() : "POST";
            byte[] body = step["body"] is { } b ? Encoding.UTF8.GetBytes(b.ToJsonString()) : [];
            requests.Add((i, new RawRequest
            {
                Method = method,
                Path = RequestProcessor.ControlPrefix + "/" + path.TrimStart('/'),
                Query = string.Empty,
                Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" },
                Body = body,
            }));
        }

        return requests;
    }

    /// <summary>LinkedIn's message from an error response, or its body.</summary>
    public static string Message(EmulatorResponse response)
    {
        try
        {
            return JsonNode.Parse(response.Body)?["message"]?.GetValue<string>() ?? response.BodyText;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return response.BodyText;
        }
    }
}
