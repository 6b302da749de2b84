using System.Text.Json;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>A <c>/_emulator/</c> control request: the path values of its template and its JSON body.</summary>
internal sealed class ControlContext
{
    private JsonNode? _body;
    private bool _bodyParsed;

    public ControlContext(EmulatorServices services, LinkedInRscEmulator emulator, EmulatorRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        Services = services;
        Emulator = emulator;
        Request = request;
        RouteValues = routeValues;
    }

    /// <summary>The services.</summary>
    public EmulatorServices Services { get; }

    /// <summary>The emulator (its C# scripting API, which control endpoints wrap).</summary>
    public LinkedInRscEmulator Emulator { get; }

    /// <summary>The request.</summary>
    public EmulatorRequest Request { get; }

    /// <summary>Values captured by <c>{name}</c> template segments.</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; }

    /// <summary>The JSON body, or an empty object without one; 400 for invalid JSON or a non-object.</summary>
    public JsonObject Body
    {
        get
        {
            if (!_bodyParsed)
            {
                _bodyParsed = true;
                if (Request.Body.Length == 0)
                {
                    _body = new JsonObject();
                }
                else
                {
                    try
                    {
                        _body = JsonNode.Parse(Request.Body);
                    }
                    catch (JsonException ex)
                    {
                        throw LinkedInError.BadRequest($"The request body is not valid JSON: {ex.Message}").AsException();
                    }
                }
            }

            return _body as JsonObject ?? throw LinkedInError.BadRequest("The request body must be a JSON object.").AsException();
        }
    }

    /// <summary>A route value.</summary>
    public string Route(string name) => RouteValues[name];

    /// <summary>An optional string property of the body; 400 when it is not a string.</summary>
    public string? GetString(string name) => Body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be a string.").AsException(),
    };

    /// <summary>A required string property of the body; 400 naming it when absent.</summary>
    public string RequireString(string name) =>
        GetString(name) is { Length: > 0 } s ? s : throw LinkedInError.BadRequest($"Property '{name}' is required.").AsException();

    /// <summary>An optional integer property of the body.</summary>
    public long? GetInt64(string name) => Body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out long l) => l,
        JsonValue v when v.TryGetValue(out int i) => i,
        JsonValue v when v.TryGetValue(out double d) && d == Math.Floor(d) => (long)d,
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be an integer.").AsException(),
    };

    /// <summary>An optional number property of the body.</summary>
    public double? GetDouble(string name) => Body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out double d) => d,
        JsonValue v when v.TryGetValue(out long l) => l,
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be a number.").AsException(),
    };

    /// <summary>An optional boolean property of the body.</summary>
    public bool? GetBool(string name) => Body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out bool b) => b,
        _ => throw LinkedInError.BadRequest($"Property '{name}' must be true or false.").AsException(),
    };
}
