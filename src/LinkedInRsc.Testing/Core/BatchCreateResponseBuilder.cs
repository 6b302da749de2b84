using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Builds a BATCH_CREATE response: <c>{"elements":[{"status":201,"id":"…"},{"status":400,"error":{…}}]}</c>, one element
/// per request element, in order.
/// </summary>
internal sealed class BatchCreateResponseBuilder
{
    private readonly JsonArray _elements = [];

    /// <summary>Records a created element.</summary>
    public BatchCreateResponseBuilder Created(string id, int status = 201)
    {
        _elements.Add((JsonNode?)new JsonObject { ["status"] = status, ["id"] = id });
        return this;
    }

    /// <summary>Records a failed element.</summary>
    public BatchCreateResponseBuilder Failure(LinkedInError error)
    {
        _elements.Add((JsonNode?)new JsonObject { ["status"] = error.Status, ["error"] = error.ToJson() });
        return this;
    }

    /// <summary>The 200 response.</summary>
    public EmulatorResponse Build() => EmulatorResponse.Ok(new JsonObject { ["elements"] = _elements });
}
