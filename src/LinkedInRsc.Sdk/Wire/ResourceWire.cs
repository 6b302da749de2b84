using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Wire;

/// <summary>
/// How one resource is called, after defaults and configuration: its surface, path, version, key-part and field names.
/// <see cref="Translate"/> turns a request the clients built in the <c>/v2</c> shape into this wire form; the clients
/// never test which form is in use.
/// </summary>
internal sealed record ResourceWire(
    ResourceDefinition Definition,
    ApiFlavor Api,
    string Path,
    string? Version,
    IReadOnlyDictionary<string, string> KeyFields,
    IReadOnlyDictionary<string, string> Fields,
    bool DataProviderInKeys,
    string? ChildKeyField)
{
    private const string DataProviderField = "dataProvider";

    /// <summary>The request in this resource's wire form.</summary>
    public RestLiRequest Translate(RestLiRequest request)
    {
        if (Api == ApiFlavor.V2)
        {
            return request with { Api = ApiFlavor.V2, LinkedInVersion = null };
        }

        string? placeholder = Definition.ParentPlaceholder;
        RestLiValue? parent = null;
        string path = Path;
        var pathKeys = new Dictionary<string, RestLiValue>(StringComparer.Ordinal);
        foreach ((string name, RestLiValue value) in request.PathKeys)
        {
            if (name == placeholder && !Path.Contains('{', StringComparison.Ordinal))
            {
                parent = TranslateKey(value); // the sub-resource is top-level here: the parent joins each child key
            }
            else
            {
                pathKeys[name] = TranslateKey(value);
            }
        }

        RestLiValue Key(RestLiValue key) => parent is null ? TranslateKey(key) : ChildKey(parent, key);

        return new RestLiRequest(request.Method, path)
        {
            Api = ApiFlavor.Versioned,
            LinkedInVersion = Version,
            PathKeys = pathKeys,
            Key = request.Key is null ? null : Key(request.Key),
            Ids = request.Ids?.Select(Key).ToArray(),
            QueryParameters = request.Method == RestLiMethod.Finder ? RenameParameters(request.QueryParameters) : request.QueryParameters,
            Body = request.Body is JsonObject body && request.Method != RestLiMethod.Action ? RenameFields(body) : request.Body,
            Entities = request.Entities?.Select(e => KeyValuePair.Create(Key(e.Key), RenameFields(e.Value))).ToArray(),
            Patch = request.Patch is null ? null : RenamePatch(request.Patch),
            Patches = request.Patches?.Select(p => KeyValuePair.Create(Key(p.Key), RenamePatch(p.Value))).ToArray(),
            Elements = request.Elements?.Select(RenameFields).ToArray(),
            BatchCriteria = request.BatchCriteria,
            BatchCriteriaParameter = request.BatchCriteriaParameter,
            Credentials = request.Credentials,
        };
    }

    private RestLiValue TranslateKey(RestLiValue key)
    {
        if (key.Kind != RestLiValueKind.Record)
        {
            return key;
        }

        return RestLiValue.RecordOf(key.Fields
            .Where(f => DataProviderInKeys || f.Key != DataProviderField)
            .Select(f => KeyValuePair.Create(KeyFields.GetValueOrDefault(f.Key, f.Key), f.Value)));
    }

    private RestLiValue ChildKey(RestLiValue parent, RestLiValue child) =>
        RestLiValue.RecordOf(parent.Fields.Append(KeyValuePair.Create(ChildKeyField!, child)));

    private Dictionary<string, RestLiValue> RenameParameters(IReadOnlyDictionary<string, RestLiValue> parameters) =>
        parameters.ToDictionary(p => KeyFields.GetValueOrDefault(p.Key, p.Key), p => p.Value, StringComparer.Ordinal);

    private JsonObject RenameFields(JsonObject body)
    {
        var renamed = new JsonObject();
        foreach ((string name, JsonNode? value) in body)
        {
            renamed[Fields.GetValueOrDefault(name, name)] = value?.DeepClone();
        }

        return renamed;
    }

    private RestLiPatch RenamePatch(RestLiPatch patch) =>
        new(patch.Set.Count == 0 ? null : RenameFields(patch.Set), patch.Delete.Select(d => Fields.GetValueOrDefault(d, d)));
}
