using System.Net;
using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A successful Rest.li response, with readers for each response shape. Batch readers key the outcomes back to the
/// request's keys, so every requested key gets an outcome (<see cref="RestLiOutcome.Missing"/> when the response is
/// silent about it).
/// </summary>
public sealed class RestLiResponse
{
    /// <summary>Creates a response; <see cref="RestLiClient"/> does this, tests and fakes may too.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="protocolVersion">The protocol the request was sent with (used to read keys in response maps).</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="body">The parsed JSON body, or <see langword="null"/> when it was empty.</param>
    /// <param name="requestId">The <c>x-li-request-id</c> / <c>x-restli-request-id</c> header.</param>
    /// <param name="restLiId">The <c>x-restli-id</c> header (a CREATE's new id), as sent.</param>
    public RestLiResponse(RestLiRequest request, RestLiProtocolVersion protocolVersion, HttpStatusCode statusCode, JsonElement? body, string? requestId = null, string? restLiId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        Request = request;
        ProtocolVersion = protocolVersion;
        StatusCode = statusCode;
        Body = body;
        RequestId = requestId;
        CreatedId = ReadCreatedId(restLiId);
    }

    /// <summary>The request answered.</summary>
    public RestLiRequest Request { get; }

    /// <summary>The protocol version the request was sent with.</summary>
    public RestLiProtocolVersion ProtocolVersion { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>LinkedIn's request id, for support cases.</summary>
    public string? RequestId { get; }

    /// <summary>The JSON body (the entity of a GET), or <see langword="null"/> when empty.</summary>
    public JsonElement? Body { get; }

    /// <summary>
    /// The id of the entity a CREATE made: the <c>x-restli-id</c> header, else the body's <c>id</c> or <c>key</c>
    /// (LinkedIn's RSC collection reads <c>key</c>); <see langword="null"/> when none was sent.
    /// </summary>
    public RestLiValue? CreatedId { get; }

    /// <summary>Reads a BATCH_GET, BATCH_UPDATE, BATCH_PARTIAL_UPDATE or BATCH_DELETE response.</summary>
    /// <returns>One outcome per requested key, in request order.</returns>
    /// <exception cref="InvalidOperationException">The request was not one of those methods.</exception>
    public RestLiBatchResult ReadBatchResult()
    {
        if (Request.Method is not (RestLiMethod.BatchGet or RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate or RestLiMethod.BatchDelete))
        {
            throw new InvalidOperationException($"ReadBatchResult reads BATCH_GET/UPDATE/PARTIAL_UPDATE/DELETE responses, not {Request.Method}.");
        }

        var keys = Request.BatchKeys;
        var sent = SentKeys(keys);
        var results = Index(Property("results"), sent);
        var statuses = Index(Property("statuses"), sent);
        var errors = Index(Property("errors"), sent);
        bool isGet = Request.Method == RestLiMethod.BatchGet;
        var outcomes = new List<RestLiKeyResult>(keys.Count);
        foreach (var key in keys)
        {
            results.TryGetValue(key, out var result);
            // A status is a number, or a number in a string; anything else says nothing (and must not throw).
            int? status = statuses.TryGetValue(key, out var statusJson) ? RestLiError.ReadInt(statusJson) : null;
            RestLiError? error = errors.TryGetValue(key, out var errorJson) ? RestLiError.FromJson(errorJson) ?? new RestLiError() : null;
            JsonElement? entity = null;
            bool present = result.ValueKind != JsonValueKind.Undefined;
            if (present && isGet)
            {
                entity = result;
            }
            else if (present && result.ValueKind == JsonValueKind.Object)
            {
                status ??= RestLiError.ReadInt(result, "status");
                if (result.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    error ??= RestLiError.FromJson(inner) ?? new RestLiError();
                }
            }

            status ??= error?.Status;
            RestLiOutcome outcome = error is not null || (status is int code && code is < 200 or > 299)
                ? RestLiOutcome.Failed
                : present || status is not null ? RestLiOutcome.Succeeded : RestLiOutcome.Missing;
            outcomes.Add(new RestLiKeyResult { Key = key, Outcome = outcome, Status = status, Entity = entity, Error = error });
        }

        return new RestLiBatchResult(outcomes);
    }

    /// <summary>Reads a BATCH_CREATE response (<c>elements[i]</c> with <c>status</c>, <c>id</c>, <c>error</c>).</summary>
    /// <returns>One outcome per requested entity, in request order.</returns>
    /// <exception cref="InvalidOperationException">The request was not a BATCH_CREATE.</exception>
    public IReadOnlyList<RestLiCreateResult> ReadBatchCreateResults()
    {
        if (Request.Method != RestLiMethod.BatchCreate)
        {
            throw new InvalidOperationException($"ReadBatchCreateResults reads BATCH_CREATE responses, not {Request.Method}.");
        }

        var elements = Property("elements");
        int sent = Request.Elements?.Count ?? 0;
        var results = new List<RestLiCreateResult>(sent);
        for (int i = 0; i < sent; i++)
        {
            if (elements.ValueKind != JsonValueKind.Array || i >= elements.GetArrayLength() || elements[i].ValueKind != JsonValueKind.Object)
            {
                results.Add(new RestLiCreateResult { Index = i, Outcome = RestLiOutcome.Missing });
                continue;
            }

            var element = elements[i];
            int? status = RestLiError.ReadInt(element, "status");
            RestLiError? error = element.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? RestLiError.FromJson(e) ?? new RestLiError() : null;
            RestLiValue? id = element.TryGetProperty("id", out var idJson) ? RestLiJson.ToKey(idJson, ProtocolVersion) : null;
            bool failed = error is not null || (status is int code && code is < 200 or > 299);
            results.Add(new RestLiCreateResult
            {
                Index = i,
                Outcome = failed ? RestLiOutcome.Failed : RestLiOutcome.Succeeded,
                Status = status ?? error?.Status,
                Id = id,
                Error = error,
            });
        }

        return results;
    }

    /// <summary>Reads a FINDER or GET_ALL page (<c>elements</c>, <c>paging</c>, <c>metadata</c>).</summary>
    /// <returns>The page; empty when the body had no elements.</returns>
    public RestLiPage ReadPage() => ReadPage(Body ?? default);

    /// <summary>Reads a BATCH_FINDER response, one result per criteria in request order.</summary>
    /// <returns>The results.</returns>
    /// <exception cref="InvalidOperationException">The request was not a BATCH_FINDER.</exception>
    public IReadOnlyList<RestLiBatchFinderResult> ReadBatchFinderResults()
    {
        if (Request.Method != RestLiMethod.BatchFinder)
        {
            throw new InvalidOperationException($"ReadBatchFinderResults reads BATCH_FINDER responses, not {Request.Method}.");
        }

        var criteria = Request.BatchCriteria ?? [];
        var elements = Property("elements");
        var results = new List<RestLiBatchFinderResult>(criteria.Count);
        for (int i = 0; i < criteria.Count; i++)
        {
            if (elements.ValueKind != JsonValueKind.Array || i >= elements.GetArrayLength() || elements[i].ValueKind != JsonValueKind.Object)
            {
                results.Add(new RestLiBatchFinderResult { Index = i, Criteria = criteria[i], Outcome = RestLiOutcome.Missing });
                continue;
            }

            var element = elements[i];
            bool isError = element.TryGetProperty("isError", out var flag) && flag.ValueKind == JsonValueKind.True;
            RestLiError? error = element.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? RestLiError.FromJson(e) ?? new RestLiError() : null;
            results.Add(isError || error is not null
                ? new RestLiBatchFinderResult { Index = i, Criteria = criteria[i], Outcome = RestLiOutcome.Failed, Error = error ?? new RestLiError() }
                : new RestLiBatchFinderResult { Index = i, Criteria = criteria[i], Outcome = RestLiOutcome.Succeeded, Page = ReadPage(element) });
        }

        return results;
    }

    /// <summary>Reads an ACTION's return value (<c>value</c>).</summary>
    /// <returns>The value, or <see langword="null"/> when the action returned nothing.</returns>
    public JsonElement? ReadActionValue()
    {
        var value = Property("value");
        return value.ValueKind == JsonValueKind.Undefined ? null : value;
    }

    /// <summary>Shows the method, status and request id only.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"RestLiResponse {{ Method = {Request.Method}, StatusCode = {(int)StatusCode}, RequestId = {RequestId} }}";

    private static RestLiPage ReadPage(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return new RestLiPage();
        }

        var elements = json.TryGetProperty("elements", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToArray() : [];
        RestLiPaging? paging = null;
        if (json.TryGetProperty("paging", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            var links = p.TryGetProperty("links", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Where(static x => x.ValueKind == JsonValueKind.Object).Select(static x => new RestLiLink
                {
                    Rel = RestLiError.ReadString(x, "rel"),
                    Href = RestLiError.ReadString(x, "href"),
                    Type = RestLiError.ReadString(x, "type"),
                }).ToArray()
                : [];
            paging = new RestLiPaging
            {
                Start = RestLiError.ReadInt(p, "start") ?? 0,
                Count = RestLiError.ReadInt(p, "count") ?? elements.Length,
                Total = RestLiError.ReadInt(p, "total"),
                Links = links,
            };
        }

        return new RestLiPage
        {
            Elements = elements,
            Paging = paging,
            Metadata = json.TryGetProperty("metadata", out var m) && m.ValueKind != JsonValueKind.Null ? m : null,
        };
    }

    private JsonElement Property(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) ? value : default;

    /// <summary>The request's keys by the text they were sent as, which is how LinkedIn names them in its answer.</summary>
    private Dictionary<string, RestLiValue> SentKeys(IReadOnlyList<RestLiValue> keys)
    {
        var sent = new Dictionary<string, RestLiValue>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            try
            {
                sent.TryAdd(RestLiCodec.EncodeKey(key, ProtocolVersion), key);
            }
            catch (ArgumentException)
            {
                // Not encodable, so not sent as such: the answer's name for it is matched by decoding below.
            }
        }

        return sent;
    }

    /// <summary>
    /// A response map by key. A name that is a key exactly as sent is that key; any other is decoded leniently (either
    /// protocol, or the raw text), which costs a parse, and an exception for each protocol it is not in.
    /// </summary>
    private Dictionary<RestLiValue, JsonElement> Index(JsonElement map, Dictionary<string, RestLiValue> sent)
    {
        var index = new Dictionary<RestLiValue, JsonElement>();
        if (map.ValueKind != JsonValueKind.Object)
        {
            return index;
        }

        foreach (var property in map.EnumerateObject())
        {
            if (sent.TryGetValue(property.Name, out var known))
            {
                index.TryAdd(known, property.Value);
                continue;
            }

            foreach (var key in RestLiJson.KeyCandidates(property.Name, ProtocolVersion))
            {
                index.TryAdd(key, property.Value);
            }
        }

        return index;
    }

    private RestLiValue? ReadCreatedId(string? header)
    {
        if (!string.IsNullOrEmpty(header))
        {
            return RestLiJson.DecodeKeyLeniently(header, ProtocolVersion);
        }

        if (Request.Method != RestLiMethod.Create)
        {
            return null;
        }

        foreach (string name in (string[])["id", "key"])
        {
            var value = Property(name);
            if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Object)
            {
                return RestLiJson.ToKey(value, ProtocolVersion);
            }
        }

        return null;
    }
}
