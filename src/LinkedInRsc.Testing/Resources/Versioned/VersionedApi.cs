using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Versioned;

/// <summary>
/// The versioned API, <c>/rest/{resource}</c> with a <c>LinkedIn-Version</c> header, served over the same state as
/// <c>/v2</c>: the version is checked (unknown or retired → LinkedIn's <c>426 NONEXISTENT_VERSION</c>), the request is
/// rewritten into its <c>/v2</c> twin by the resource's <see cref="VersionedForm"/> (keys, fields, sub-resource), run
/// by the very same handler, and its response rewritten back. A candidate written through <c>/rest/candidates</c> is
/// therefore the record <c>/v2/atsCandidates</c> reads, and every rule of the <c>/v2</c> resource applies to both.
/// </summary>
internal static class VersionedApi
{
    /// <summary>The path prefix of the versioned API.</summary>
    public const string Prefix = "/rest/";

    private const string VersionHeader = "LinkedIn-Version";
    private const string DataProvider = "dataProvider";

    /// <summary>Serves one versioned request through <paramref name="v2"/>, the processor's <c>/v2</c> pipeline.</summary>
    public static async Task<EmulatorResponse> ProcessAsync(EmulatorRequest request, EmulatorOptions options, Func<EmulatorRequest, Task<EmulatorResponse>> v2)
    {
        string? version = request.Header(VersionHeader);
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new LinkedInError(400, ServiceErrorCodes.InvalidInput, $"The versioned API needs the {VersionHeader} header (e.g. {VersionHeader}: 202602).") { Code = "VERSION_MISSING" }.AsException();
        }

        if (!options.ActiveApiVersions.Contains(version.Trim()))
        {
            throw new LinkedInError(426, ServiceErrorCodes.InvalidInput, $"Requested version {version.Trim()} is not active") { Code = "NONEXISTENT_VERSION" }.AsException();
        }

        string path = request.Path[Prefix.Length..];
        VersionedForm form = (path.Contains('/', StringComparison.Ordinal) ? null : VersionedForms.Find(path))
            ?? throw LinkedInError.NotFound($"Resource '{path}' does not exist on the versioned API of the RSC emulator. Served: {string.Join(", ", VersionedForms.All.Select(f => f.RestPath))}.").AsException();

        RestLiProtocolVersion protocol = request.Protocol;
        IReadOnlyDictionary<string, RestLiValue> query = RestLiCodec.DecodeQuery(request.Query, protocol);
        RestLiMethod method = RequestProcessor.ResolveMethod(request, hasKey: false, query);
        if (!form.Methods.Contains(method))
        {
            string methods = string.Join(", ", form.Methods.Select(RestLiMethods.HeaderValue));
            throw new LinkedInError(405, ServiceErrorCodes.MethodNotAllowed, $"{RestLiMethods.HeaderValue(method)} is not supported on 'rest/{form.RestPath}'. Supported methods: {methods}.").AsException();
        }

        var keys = new VersionedKeys(form, protocol);
        EmulatorRequest translated = keys.ToV2(request, query, method);
        EmulatorResponse response = await v2(translated).ConfigureAwait(false);
        return keys.ToRest(response);
    }

    /// <summary>The rewriting of one request and its response, remembering the parent of a flattened sub-resource.</summary>
    private sealed class VersionedKeys(VersionedForm form, RestLiProtocolVersion protocol)
    {
        private RestLiValue? _parent;

        public EmulatorRequest ToV2(EmulatorRequest request, IReadOnlyDictionary<string, RestLiValue> query, RestLiMethod method)
        {
            var v2Query = new Dictionary<string, RestLiValue>(StringComparer.Ordinal);
            foreach ((string name, RestLiValue value) in query)
            {
                v2Query[method == RestLiMethod.Finder ? form.ToV2Key(name) : name] = name == "ids" ? RestLiValue.ListOf(value.AsList().Select(KeyToV2)) : value;
            }

            byte[] body = request.Body;
            if (body.Length > 0 && JsonNode.Parse(body) is JsonObject json)
            {
                if (json["entities"] is JsonObject entities)
                {
                    var renamed = new JsonObject();
                    foreach ((string rawKey, JsonNode? value) in entities)
                    {
                        renamed[RestLiCodec.EncodeKey(KeyToV2(RestLiCodec.DecodeKey(rawKey, protocol)), protocol)] = RenameEntity(value, form.ToV2Field);
                    }

                    json["entities"] = renamed;
                }
                else if (json["elements"] is JsonArray elements)
                {
                    json["elements"] = new JsonArray([.. elements.Select(e => RenameEntity(e, form.ToV2Field))]);
                }

                body = Encoding.UTF8.GetBytes(json.ToJsonString());
            }

            string path = RequestProcessor.ApiPrefix + form.V2Resource;
            if (form.V2SubResource is not null)
            {
                RestLiValue parent = _parent ?? throw LinkedInError.BadRequest($"rest/{form.RestPath} needs 'ids' whose keys name the parent record.").AsException();
                path += "/" + RestLiCodec.EncodeKey(parent, protocol) + "/" + form.V2SubResource;
            }

            return new EmulatorRequest
            {
                Method = request.Method,
                Path = path,
                Query = RestLiCodec.EncodeQuery(v2Query, protocol),
                Headers = request.Headers,
                Body = body,
                Tunneled = request.Tunneled,
            };
        }

        public EmulatorResponse ToRest(EmulatorResponse response)
        {
            if (response.Body.Length == 0 || response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true
                || JsonNode.Parse(response.Body) is not JsonObject json)
            {
                return response;
            }

            foreach (string map in (string[])["results", "errors", "statuses"])
            {
                if (json[map] is JsonObject byKey)
                {
                    var renamed = new JsonObject();
                    foreach ((string rawKey, JsonNode? value) in byKey)
                    {
                        renamed[RestKey(rawKey)] = map == "results" ? RenameEntity(value, form.ToRestField) : value?.DeepClone();
                    }

                    json[map] = renamed;
                }
            }

            if (json["elements"] is JsonArray elements)
            {
                json["elements"] = new JsonArray([.. elements.Select(e => RenameEntity(e, form.ToRestField))]);
            }

            EmulatorResponse rewritten = EmulatorResponse.Json(response.Status, json);
            foreach ((string name, string value) in response.Headers)
            {
                rewritten.Headers[name] = value;
            }

            return rewritten;
        }

        private RestLiValue KeyToV2(RestLiValue key)
        {
            if (key.Kind != RestLiValueKind.Record)
            {
                return key;
            }

            var fields = new List<KeyValuePair<string, RestLiValue>>();
            RestLiValue? child = null;
            foreach ((string name, RestLiValue value) in key.Fields)
            {
                if (name == form.ChildKeyField)
                {
                    child = value;
                    continue;
                }

                if ((form.DataProviderRemoved && name == DataProvider) || (form.KeyRenames.ContainsKey(name) && !form.KeyRenames.Values.Contains(name)))
                {
                    throw LinkedInError.BadRequest($"Key part '{name}' is not part of the keys of rest/{form.RestPath}.").AsException();
                }

                fields.Add(KeyValuePair.Create(form.ToV2Key(name), value));
            }

            if (form.DataProviderRemoved)
            {
                fields.Add(KeyValuePair.Create(DataProvider, RestLiValue.FromString(KeyRules.AtsDataProvider)));
            }

            RestLiValue v2 = RestLiValue.RecordOf(fields);
            if (form.ChildKeyField is null)
            {
                return v2;
            }

            if (child is null)
            {
                throw LinkedInError.BadRequest($"Key part '{form.ChildKeyField}' is required in the keys of rest/{form.RestPath}.").AsException();
            }

            if (_parent is not null && _parent != v2)
            {
                throw LinkedInError.BadRequest($"The RSC emulator serves one parent record per rest/{form.RestPath} request; send the keys of each parent in their own request.").AsException();
            }

            _parent = v2;
            return child;
        }

        private string RestKey(string rawKey)
        {
            RestLiValue key;
            try
            {
                key = RestLiCodec.DecodeKey(rawKey, protocol);
            }
            catch (RestLiFormatException)
            {
                return rawKey;
            }

            if (form.ChildKeyField is not null && _parent is not null)
            {
                return RestLiCodec.EncodeKey(RestLiValue.RecordOf(RestFields(_parent).Append(KeyValuePair.Create(form.ChildKeyField, key))), protocol);
            }

            return key.Kind == RestLiValueKind.Record ? RestLiCodec.EncodeKey(RestLiValue.RecordOf(RestFields(key)), protocol) : rawKey;
        }

        private IEnumerable<KeyValuePair<string, RestLiValue>> RestFields(RestLiValue v2Key) =>
            v2Key.Fields.Where(f => !(form.DataProviderRemoved && f.Key == DataProvider)).Select(f => KeyValuePair.Create(form.ToRestKey(f.Key), f.Value));

        private static JsonNode? RenameEntity(JsonNode? value, Func<string, string> rename)
        {
            if (value is not JsonObject entity)
            {
                return value?.DeepClone();
            }

            var renamed = new JsonObject();
            foreach ((string name, JsonNode? field) in entity)
            {
                renamed[name is "patch" or "$set" ? name : rename(name)] = field is JsonObject inner && name is "patch" or "$set"
                    ? RenameEntity(inner, rename)
                    : field?.DeepClone();
            }

            return renamed;
        }
    }
}
