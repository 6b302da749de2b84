using System.Text.Json.Nodes;

namespace LinkedInRsc.RestLi;

/// <summary>The checks a Rest.li request passes before anything is sent: method, keys, paths and parameters.</summary>
internal static class RestLiRequestChecks
{
    internal static void Validate(RestLiRequest request)
    {
        string method = RestLiMethods.HeaderValue(request.Method);
        bool needsKey = request.Method is RestLiMethod.Get or RestLiMethod.Update or RestLiMethod.PartialUpdate or RestLiMethod.Delete;
        if (needsKey && request.Key is null)
        {
            throw new ArgumentException($"A {method} request needs the entity Key.", nameof(request));
        }

        if (!needsKey && request.Key is not null && request.Method != RestLiMethod.Action)
        {
            throw new ArgumentException($"A {method} request does not take an entity Key; batch methods take their keys in Ids, Entities or Patches.", nameof(request));
        }

        void Require(bool present, string what)
        {
            if (!present)
            {
                throw new ArgumentException($"A {method} request needs {what}.", nameof(request));
            }
        }

        switch (request.Method)
        {
            case RestLiMethod.BatchGet or RestLiMethod.BatchDelete:
                Require(request.Ids is { Count: > 0 }, "at least one key in Ids");
                break;
            case RestLiMethod.BatchUpdate:
                Require(request.Entities is { Count: > 0 }, "at least one entity in Entities");
                break;
            case RestLiMethod.BatchPartialUpdate:
                Require(request.Patches is { Count: > 0 }, "at least one patch in Patches");
                break;
            case RestLiMethod.PartialUpdate:
                Require(request.Patch is not null, "a Patch");
                break;
            case RestLiMethod.BatchCreate:
                Require(request.Elements is { Count: > 0 }, "at least one entity in Elements");
                break;
            case RestLiMethod.Create or RestLiMethod.Update:
                Require(request.Body is JsonObject, "a JSON object Body");
                break;
            case RestLiMethod.Finder:
                Require(request.QueryParameters.ContainsKey("q"), "the finder name in the 'q' parameter");
                break;
            case RestLiMethod.BatchFinder:
                Require(request.QueryParameters.ContainsKey("bq"), "the batch finder name in the 'bq' parameter");
                Require(request.BatchCriteria is { Count: > 0 } && !string.IsNullOrWhiteSpace(request.BatchCriteriaParameter), "BatchCriteria and BatchCriteriaParameter");
                break;
            case RestLiMethod.Action:
                Require(request.QueryParameters.ContainsKey("action"), "the action name in the 'action' parameter");
                break;
        }

        var keys = request.BatchKeys;
        if (keys.Count > RestLiClient.MaxBatchKeys)
        {
            throw new ArgumentException($"A {method} request holds {keys.Count} keys; LinkedIn takes at most {RestLiClient.MaxBatchKeys} per request: split it.", nameof(request));
        }

        var seen = new HashSet<RestLiValue>();
        foreach (var key in keys)
        {
            if (key is null || key.Kind == RestLiValueKind.List)
            {
                throw new ArgumentException($"A {method} key is null or a list; keys are primitives or records.", nameof(request));
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"A {method} request names the same key twice ({key}); send each key once.", nameof(request));
            }
        }

        bool takesIds = request.Method is RestLiMethod.BatchGet or RestLiMethod.BatchDelete or RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate;
        if (takesIds && request.QueryParameters.ContainsKey("ids"))
        {
            throw new ArgumentException($"Pass the keys of a {method} in Ids, Entities or Patches, not as an 'ids' query parameter.", nameof(request));
        }
    }
}
