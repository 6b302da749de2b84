using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources;

/// <summary>
/// The <c>/_emulator/</c> twins of the scripted actions: run the C# action and answer its result as JSON, a refused
/// action (<see cref="InvalidOperationException"/>, <see cref="ArgumentException"/>) as a LinkedIn-shaped 400 with
/// the reason.
/// </summary>
internal static class ControlScript
{
    public static async ValueTask<EmulatorResponse> RunAsync(Func<Task<JsonObject>> action, int status = 200)
    {
        try
        {
            return EmulatorResponse.Json(status, await action().ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return LinkedInError.BadRequest(ex.Message).ToResponse();
        }
    }

    /// <summary>An optional array-of-strings property of the body; empty when absent, 400 when not such an array.</summary>
    public static string[] Strings(ControlContext context, string name) => context.Body[name] switch
    {
        null => [],
        JsonArray array => array.Select(n => n is JsonValue v && v.TryGetValue(out string? s) ? s : throw LinkedInError.BadRequest($"Property '{name}' must be an array of strings.").AsException()).ToArray(),
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be an array of strings.").AsException(),
    };
}
