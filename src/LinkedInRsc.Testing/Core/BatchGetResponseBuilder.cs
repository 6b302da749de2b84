using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Builds a BATCH_GET response: <c>{"results":{key:entity}, "statuses":{key:200|404}, "errors":{key:error}}</c>.
/// </summary>
internal sealed class BatchGetResponseBuilder
{
    private readonly JsonObject _results = [];
    private readonly JsonObject _statuses = [];
    private readonly JsonObject _errors = [];

    /// <summary>Records a found entity.</summary>
    public BatchGetResponseBuilder Found(string rawKey, JsonNode entity)
    {
        _results[rawKey] = entity;
        _statuses[rawKey] = 200;
        return this;
    }

    /// <summary>Records a key answered with an error (404 when not found, 403 for another tenant's key).</summary>
    public BatchGetResponseBuilder Failure(string rawKey, LinkedInError error)
    {
        _statuses[rawKey] = error.Status;
        _errors[rawKey] = error.ToJson();
        return this;
    }

    /// <summary>The 200 response.</summary>
    public EmulatorResponse Build() =>
        EmulatorResponse.Ok(new JsonObject { ["results"] = _results, ["statuses"] = _statuses, ["errors"] = _errors });
}
