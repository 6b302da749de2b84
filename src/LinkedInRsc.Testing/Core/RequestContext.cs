using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Everything a resource handler needs about one API request: the authenticated application and its tenant, the
/// decoded keys, query parameters and body, and the checks every resource applies (tenancy, CSA gate, quotas).
/// Checks named <c>Require…</c> throw an <see cref="LinkedInErrorException"/> (whole-request error); checks named
/// <c>Check…</c> return the error (or null) for a per-entity status in a batch.
/// </summary>
internal sealed class RequestContext
{
    private JsonNode? _body;
    private bool _bodyParsed;

    public RequestContext(
        EmulatorServices services,
        EmulatorRequest request,
        EmulatedApplication application,
        RestLiMethod method,
        string resource,
        string? subResource,
        RestLiValue? parentKey,
        RestLiValue? key,
        IReadOnlyDictionary<string, RestLiValue> query)
    {
        Services = services;
        Request = request;
        Application = application;
        Method = method;
        Resource = resource;
        SubResource = subResource;
        ParentKey = parentKey;
        Key = key;
        Query = query;
    }

    /// <summary>The emulator's services (state, quotas, pushes, clock).</summary>
    public EmulatorServices Services { get; }

    /// <summary>The request (after un-tunneling).</summary>
    public EmulatorRequest Request { get; }

    /// <summary>The application whose token authenticated the request.</summary>
    public EmulatedApplication Application { get; }

    /// <summary>The Rest.li method.</summary>
    public RestLiMethod Method { get; }

    /// <summary>The resource, e.g. <c>atsCandidates</c>.</summary>
    public string Resource { get; }

    /// <summary>The sub-resource, e.g. <c>notes</c> in <c>atsCandidates/{key}/notes</c>, or null.</summary>
    public string? SubResource { get; }

    /// <summary>The parent entity's key of a sub-resource request (<c>atsCandidates/{key}/notes</c>), or null.</summary>
    public RestLiValue? ParentKey { get; }

    /// <summary>The addressed entity's key for single-entity methods (<c>…/{key}</c>), or null.</summary>
    public RestLiValue? Key { get; }

    /// <summary>The decoded query parameters (URL query plus a tunneled query), in ordinal order.</summary>
    public IReadOnlyDictionary<string, RestLiValue> Query { get; }

    /// <summary>The Rest.li protocol the client used.</summary>
    public RestLiProtocolVersion Protocol => Request.Protocol;

    /// <summary>The clock.</summary>
    public TimeProvider Time => Services.Time;

    /// <summary>The current time in epoch milliseconds.</summary>
    public long NowMillis => Services.NowMillis;

    /// <summary>The decoded <c>ids</c> parameter as a list (empty without it).</summary>
    public IReadOnlyList<RestLiValue> Ids => Query.TryGetValue("ids", out RestLiValue? ids) ? ids.AsList() : [];

    /// <summary>The JSON body, or null without one. Invalid JSON is answered with 400.</summary>
    public JsonNode? Body
    {
        get
        {
            if (!_bodyParsed)
            {
                _bodyParsed = true;
                if (Request.Body.Length > 0)
                {
                    // JSON text must be UTF-8 (RFC 8259); a string with invalid bytes would only fail when a handler reads it.
                    if (!System.Text.Unicode.Utf8.IsValid(Request.Body))
                    {
                        throw LinkedInError.BadRequest("The request body is not valid UTF-8 JSON.").AsException();
                    }

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

            return _body;
        }
    }

    /// <summary>The caller's tenant. Only customer-token routes reach handlers, so it is never null there.</summary>
    public CustomerState Customer => Application.Customer ?? throw LinkedInError.Forbidden("This resource needs a customer (child application) token.").AsException();

    /// <summary>Encodes a key the way this request's protocol does (for response map keys).</summary>
    public string EncodeKey(RestLiValue key) => RestLiCodec.EncodeKey(key, Protocol);

    // ----- parameters -----

    /// <summary>A primitive query parameter, or null when absent.</summary>
    public string? GetString(string name)
    {
        if (!Query.TryGetValue(name, out RestLiValue? value))
        {
            return null;
        }

        if (value.Kind != RestLiValueKind.Primitive)
        {
            throw LinkedInError.BadRequest($"Query parameter '{name}' must be a single value.").AsException();
        }

        return value.AsString();
    }

    /// <summary>A required primitive query parameter; 400 naming it when absent or empty.</summary>
    public string RequireString(string name)
    {
        string? value = GetString(name);
        if (string.IsNullOrEmpty(value))
        {
            throw LinkedInError.BadRequest($"Missing required query parameter '{name}'.").AsException();
        }

        return value;
    }

    /// <summary>A numeric (epoch ms or count) query parameter, or null; 400 when it is not an integer.</summary>
    public long? GetInt64(string name)
    {
        string? text = GetString(name);
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
        {
            throw LinkedInError.BadRequest($"Query parameter '{name}' must be an integer, was '{text}'.").AsException();
        }

        return value;
    }

    /// <summary>A record parameter's numeric field (1.0 <c>timeRange.start=</c> / 2.0 <c>timeRange=(start:…)</c>), or null.</summary>
    public long? GetInt64(string name, string field)
    {
        if (!Query.TryGetValue(name, out RestLiValue? record) || !record.TryGetField(field, out RestLiValue? value))
        {
            return null;
        }

        if (!long.TryParse(value.AsString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long result))
        {
            throw LinkedInError.BadRequest($"Query parameter '{name}.{field}' must be an integer.").AsException();
        }

        return result;
    }

    /// <summary>A list parameter's primitive values (a single value counts as a one-item list); empty when absent.</summary>
    public IReadOnlyList<string> GetStrings(string name) =>
        Query.TryGetValue(name, out RestLiValue? value) ? value.AsList().Select(v => v.AsString()).ToArray() : [];

    /// <summary>
    /// Paging parameters <c>start</c> and <c>count</c>. Without <c>start</c> the request fails when
    /// <paramref name="startRequired"/> (as seatsV2 does), else starts at 0. <c>count</c> defaults to
    /// <paramref name="defaultCount"/> and may not exceed <paramref name="maxCount"/>.
    /// </summary>
    public (int Start, int Count) GetPaging(int defaultCount = 10, int maxCount = 100, bool startRequired = false)
    {
        long? start = GetInt64("start");
        if (start is null && startRequired)
        {
            throw LinkedInError.BadRequest("Missing required query parameter 'start' (paging); pass start=0 for the first page.").AsException();
        }

        long count = GetInt64("count") ?? defaultCount;
        if (start < 0)
        {
            throw LinkedInError.BadRequest($"Query parameter 'start' must not be negative, was {start}.").AsException();
        }

        if (count < 0 || count > maxCount)
        {
            throw LinkedInError.BadRequest($"Query parameter 'count' must be between 0 and {maxCount}, was {count}.").AsException();
        }

        return ((int)(start ?? 0), (int)count);
    }

    // ----- batch bodies -----

    /// <summary>
    /// The entities of a BATCH_UPDATE / BATCH_PARTIAL_UPDATE body (<c>{"entities":{key:value}}</c>), decoded and matched
    /// to the <c>ids</c> of the URL: each key in <c>ids</c> yields one entity (value null when the body lacks it), and
    /// a body key not in <c>ids</c> is answered with 400. Also used for BATCH_GET/BATCH_DELETE (no body: values null).
    /// </summary>
    public IReadOnlyList<BatchEntity> GetBatchEntities()
    {
        IReadOnlyList<RestLiValue> ids = Ids;
        if (ids.Count == 0)
        {
            throw LinkedInError.BadRequest($"A {RestLiMethods.HeaderValue(Method)} request needs the 'ids' query parameter.").AsException();
        }

        var byKey = new Dictionary<RestLiValue, (string Raw, JsonNode? Value)>();
        if (Method is RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate)
        {
            if (Body is not JsonObject body || body["entities"] is not JsonObject entities)
            {
                throw LinkedInError.BadRequest("The body must be {\"entities\":{\"<key>\":{...}}} with one entry per key in 'ids'.").AsException();
            }

            foreach ((string rawKey, JsonNode? value) in entities)
            {
                RestLiValue key;
                try
                {
                    key = RestLiCodec.DecodeKey(rawKey, Protocol);
                }
                catch (RestLiFormatException ex)
                {
                    throw LinkedInError.BadRequest($"Entity key '{rawKey}' in the body is malformed: {ex.Message}").AsException();
                }

                if (!ids.Contains(key))
                {
                    throw LinkedInError.BadRequest($"Entity key '{rawKey}' in the body is not among the 'ids' of the URL; the body keys must correspond to the ids.").AsException();
                }

                byKey[key] = (rawKey, value);
            }
        }

        var result = new List<BatchEntity>(ids.Count);
        var seen = new HashSet<RestLiValue>();
        foreach (RestLiValue id in ids)
        {
            if (!seen.Add(id))
            {
                continue;
            }

            result.Add(byKey.TryGetValue(id, out var entry)
                ? new BatchEntity(entry.Raw, id, entry.Value)
                : new BatchEntity(EncodeKey(id), id, null));
        }

        return result;
    }

    /// <summary>The <c>elements</c> of a BATCH_CREATE body; 400 when missing.</summary>
    public IReadOnlyList<JsonNode?> GetBatchElements()
    {
        if (Body is not JsonObject body || body["elements"] is not JsonArray elements)
        {
            throw LinkedInError.BadRequest("The body must be {\"elements\":[{...}]}.").AsException();
        }

        return elements.ToArray();
    }

    // ----- tenancy and access level -----

    /// <summary>
    /// Whether the caller may write or read data of <paramref name="organizationUrn"/>: it must be the caller's own
    /// organization (else 403, another customer's data is never visible) and, when <paramref name="requireEnabled"/>,
    /// a company-level integration on it must be enabled by the customer's admin (else 403).
    /// </summary>
    /// <returns>Null when allowed, else the error (for a per-entity status).</returns>
    public LinkedInError? CheckOrganization(string? organizationUrn, bool requireEnabled = true)
    {
        if (string.IsNullOrEmpty(organizationUrn))
        {
            return LinkedInError.BadRequest("integrationContext is required: pass the customer's organization URN, urn:li:organization:{id}.");
        }

        if (!organizationUrn.StartsWith("urn:li:organization:", StringComparison.Ordinal))
        {
            return LinkedInError.BadRequest($"integrationContext '{organizationUrn}' must be an organization URN, urn:li:organization:{{id}}.");
        }

        lock (Services.State.Sync)
        {
            CustomerState customer = Customer;
            if (!string.Equals(customer.OrganizationUrn, organizationUrn, StringComparison.Ordinal))
            {
                return LinkedInError.Forbidden($"Not enough permissions to access {organizationUrn}: it is not connected to this application's customer.");
            }

            if (requireEnabled && !customer.IsCompanyLevelEnabled)
            {
                return LinkedInError.Forbidden($"Not enough permissions: no Recruiter System Connect integration is enabled for {organizationUrn}; the customer's LinkedIn admin must enable it first.");
            }
        }

        return null;
    }

    /// <summary>Like <see cref="CheckOrganization"/>, answering the whole request with the error.</summary>
    public void RequireOrganization(string? organizationUrn, bool requireEnabled = true)
    {
        if (CheckOrganization(organizationUrn, requireEnabled) is { } error)
        {
            throw error.AsException();
        }
    }

    /// <summary>
    /// The access-level gate of contract-level (CSA) resources: the contract must be the caller's (else 403) and
    /// <c>CSA_API</c> must be enabled for it (else 403 naming the missing contract-level access).
    /// </summary>
    /// <returns>Null when allowed, else the error.</returns>
    public LinkedInError? CheckCsa(string? contractUrn)
    {
        if (string.IsNullOrEmpty(contractUrn))
        {
            return LinkedInError.BadRequest("A contract is required: pass the customer's contract URN, urn:li:contract:{id}.");
        }

        if (!contractUrn.StartsWith("urn:li:contract:", StringComparison.Ordinal))
        {
            return LinkedInError.BadRequest($"'{contractUrn}' must be a contract URN, urn:li:contract:{{id}}.");
        }

        lock (Services.State.Sync)
        {
            CustomerState customer = Customer;
            if (!customer.ContractUrns.Contains(contractUrn))
            {
                return LinkedInError.Forbidden($"Not enough permissions to access {contractUrn}: it is not connected to this application's customer.");
            }

            if (!customer.IsCsaEnabled(contractUrn))
            {
                return LinkedInError.Forbidden($"Not enough permissions to access {Resource}: contract-level access (integration CSA_API) is not enabled for {contractUrn}.");
            }
        }

        return null;
    }

    /// <summary>Like <see cref="CheckCsa"/>, answering the whole request with the error.</summary>
    public void RequireCsa(string? contractUrn)
    {
        if (CheckCsa(contractUrn) is { } error)
        {
            throw error.AsException();
        }
    }

    /// <summary>
    /// Whether a seat URN (<c>urn:li:seat:{id}</c>) belongs to the caller is the resources module's business; this
    /// returns the contracts of the caller on which CSA_API is enabled, for such checks.
    /// </summary>
    public IReadOnlyList<string> CsaEnabledContracts()
    {
        lock (Services.State.Sync)
        {
            CustomerState customer = Customer;
            return customer.ContractUrns.Where(customer.IsCsaEnabled).ToArray();
        }
    }

    // ----- quotas and pushes -----

    /// <summary>400 when a batch carries more records than allowed (the core already checks the batch methods).</summary>
    public void EnsureBatchSize(int records) => Services.Quotas.EnsureBatchSize(records);

    /// <summary>
    /// Charges extra records to the caller's records-per-minute quota (429 beyond it). The core already charges one
    /// record per key/element of every write method before calling the handler; call this only for additional records.
    /// </summary>
    public void ChargeRecords(int records) => Services.Quotas.ChargeRecords(Application.ClientId, records);

    /// <summary>Sends a signed push to the customer's callback URL in the background; see <see cref="PushService"/>.</summary>
    public EmulatorPush SendPush(CustomerState customer, EmulatorPushEventType eventType, string requestId, string? integrationContext) =>
        Services.Pushes.Send(customer, eventType, requestId, integrationContext);
}
