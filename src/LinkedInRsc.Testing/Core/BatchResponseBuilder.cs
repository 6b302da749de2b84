using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Builds the response of BATCH_UPDATE / BATCH_PARTIAL_UPDATE / BATCH_DELETE: HTTP 200 with
/// <c>{"results":{key:{"status":204}}, "errors":{key:{"status":400,"serviceErrorCode":100,"message":…}}}</c>.
/// A failed key appears in <c>errors</c> and also in <c>results</c> as <c>{"status":400,"error":{…}}</c> (Rest.li 2.0's
/// per-key status since pegasus 1.17.2), so clients reading either shape see it.
/// </summary>
internal sealed class BatchResponseBuilder
{
    private readonly JsonObject _results = [];
    private readonly JsonObject _errors = [];

    /// <summary>Records a success under the key text the client sent.</summary>
    public BatchResponseBuilder Success(string rawKey, int status = 204)
    {
        _results[rawKey] = new JsonObject { ["status"] = status };
        return this;
    }

    /// <summary>Records a per-entity failure.</summary>
    public BatchResponseBuilder Failure(string rawKey, LinkedInError error)
    {
        _results[rawKey] = new JsonObject { ["status"] = error.Status, ["error"] = error.ToJson() };
        _errors[rawKey] = error.ToJson();
        return this;
    }

    /// <summary>The number of failures recorded.</summary>
    public int FailureCount => _errors.Count;

    /// <summary>The 200 response.</summary>
    public EmulatorResponse Build() => EmulatorResponse.Ok(new JsonObject { ["results"] = _results, ["errors"] = _errors });
}
