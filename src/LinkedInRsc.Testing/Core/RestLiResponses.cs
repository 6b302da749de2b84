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

/// <summary>Finder / GET_ALL collection responses: <c>{"elements":[…],"paging":{"start","count","total","links"}}</c>.</summary>
internal static class CollectionResponse
{
    /// <summary>
    /// Answers one page of <paramref name="all"/> (already filtered and ordered) at <paramref name="start"/>/<paramref name="count"/>,
    /// with <c>total</c> and a <c>next</c> link when more remain.
    /// </summary>
    public static EmulatorResponse Page(RequestContext context, IReadOnlyList<JsonNode> all, int start, int count, bool includeTotal = true)
    {
        var elements = new JsonArray();
        for (int i = start; i < all.Count && i < start + count; i++)
        {
            elements.Add((JsonNode?)all[i].DeepClone());
        }

        var paging = new JsonObject { ["start"] = start, ["count"] = count };
        if (includeTotal)
        {
            paging["total"] = all.Count;
        }

        var links = new JsonArray();
        if (start + count < all.Count && count > 0)
        {
            links.Add((JsonNode?)new JsonObject
            {
                ["rel"] = "next",
                ["type"] = "application/json",
                ["href"] = NextHref(context, start + count, count),
            });
        }

        paging["links"] = links;
        return EmulatorResponse.Ok(new JsonObject { ["elements"] = elements, ["paging"] = paging });
    }

    /// <summary>A collection response with every element and no paging beyond the count.</summary>
    public static EmulatorResponse All(RequestContext context, IReadOnlyList<JsonNode> all) => Page(context, all, 0, Math.Max(all.Count, 1));

    private static string NextHref(RequestContext context, int start, int count)
    {
        var parts = new List<string>();
        foreach (string part in context.Request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith("start=", StringComparison.Ordinal) && !part.StartsWith("count=", StringComparison.Ordinal))
            {
                parts.Add(part);
            }
        }

        parts.Add($"start={start}");
        parts.Add($"count={count}");
        return $"{context.Request.Path}?{string.Join('&', parts)}";
    }
}
