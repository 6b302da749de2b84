using System.Net;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

/// <summary>
/// Hand-written LinkedIn request shapes in both Rest.li protocols (as the reference shows them), so the tests prove
/// the emulator accepts what LinkedIn documents rather than what our own encoder happens to emit.
/// </summary>
internal sealed class ResourceWire(EmulatorHarness harness, int protocol, string token)
{
    public int Protocol { get; } = protocol;

    public bool V2 => Protocol == 2;

    public string Token { get; set; } = token;

    /// <summary>A URN inside a 2.0 key or parameter is percent-encoded; 1.0 sends it as is.</summary>
    public string Urn(string urn) => V2 ? Uri.EscapeDataString(urn) : urn;

    /// <summary>A compound key as it appears in the path or in the body's <c>entities</c> map.</summary>
    public string Key(params (string Name, string Value)[] parts) => V2
        ? "(" + string.Join(",", parts.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{Uri.EscapeDataString(p.Value)}")) + ")"
        : string.Join("&", parts.Select(p => $"{p.Name}={p.Value}"));

    /// <summary>The <c>ids</c> query of a batch of compound keys.</summary>
    public string Ids(params (string Name, string Value)[][] keys) => V2
        ? "ids=List(" + string.Join(",", keys.Select(k => Key(k))) + ")"
        : string.Join("&", keys.SelectMany((k, i) => k.Select(p => $"ids[{i}].{p.Name}={p.Value}")));

    /// <summary>The <c>ids</c> query of simple keys.</summary>
    public string SimpleIds(params string[] ids) => V2
        ? "ids=List(" + string.Join(",", ids.Select(Uri.EscapeDataString)) + ")"
        : string.Join("&", ids.Select(id => "ids=" + id));

    /// <summary>A list query parameter.</summary>
    public string List(string name, params string[] values) => V2
        ? $"{name}=List({string.Join(",", values.Select(Uri.EscapeDataString))})"
        : string.Join("&", values.Select(v => $"{name}={v}"));

    /// <summary>The <c>timeRange</c> record parameter.</summary>
    public string TimeRange(long start, long end) => V2 ? $"timeRange=(end:{end},start:{start})" : $"timeRange.start={start}&timeRange.end={end}";

    public static string Entities(params (string Key, JsonNode Value)[] entities)
    {
        var map = new JsonObject();
        foreach (var (key, value) in entities)
        {
            map[key] = value;
        }

        return new JsonObject { ["entities"] = map }.ToJsonString();
    }

    public Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? json = null, string? restLiMethod = null) =>
        harness.SendAsync(method, path, Token, json, restLiMethod, protocol2: V2);

    public Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);
}

internal static class BatchAssert
{
    /// <summary>The per-entity status of the one key containing <paramref name="id"/>, from results/errors/statuses.</summary>
    public static int StatusOf(JsonNode body, string id)
    {
        foreach (var map in new[] { "results", "errors" })
        {
            if (body[map] is JsonObject entries)
            {
                foreach (var (key, value) in entries)
                {
                    if (Matches(key, id) && value?["status"] is JsonValue status)
                    {
                        return status.GetValue<int>();
                    }
                }
            }
        }

        if (body["statuses"] is JsonObject statuses)
        {
            foreach (var (key, value) in statuses)
            {
                if (Matches(key, id))
                {
                    return value!.GetValue<int>();
                }
            }
        }

        if (body["results"] is JsonObject results && results.Any(r => Matches(r.Key, id)))
        {
            return 200;
        }

        throw new AssertionException($"No entry for '{id}' in {body.ToJsonString()}");
    }

    public static JsonNode? Error(JsonNode body, string id) => (body["errors"] as JsonObject)?.FirstOrDefault(e => Matches(e.Key, id)).Value;

    public static JsonNode? Result(JsonNode body, string id) => (body["results"] as JsonObject)?.FirstOrDefault(e => Matches(e.Key, id)).Value;

    private static bool Matches(string key, string id) =>
        Uri.UnescapeDataString(key).Split(['(', ')', ',', '&', '=', ':']).Contains(id, StringComparer.Ordinal);
}
