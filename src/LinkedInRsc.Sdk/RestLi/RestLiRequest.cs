using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A Rest.li call for <see cref="RestLiClient"/>: the method, the resource path relative to the API base address
/// (<c>v2/</c> or <c>rest/</c>), keys, query parameters and body. Create one with the factory named after the Rest.li
/// method (<see cref="Get"/>, <see cref="BatchUpdate"/>, ...) and add path keys, parameters or credentials with
/// <c>with</c> expressions, e.g. <c>RestLiRequest.Get("atsCandidates", key) with { Credentials = customer }</c>.
/// </summary>
/// <remarks>
/// The resource path may hold <c>{name}</c> placeholders filled from <see cref="PathKeys"/> with the encoded key
/// (e.g. <c>atsCandidates/{candidate}/notes</c>). Batch bodies are built from the same keys as the <c>ids</c>
/// parameter, so the <c>entities</c> map keys always match the URL. <see cref="ToString"/> shows no key values.
/// </remarks>
public sealed record RestLiRequest
{
    /// <summary>Creates a request; prefer the factories, which set the parts each method needs.</summary>
    /// <param name="method">The Rest.li method.</param>
    /// <param name="resourcePath">The resource path relative to the API base address, e.g. <c>atsCandidates</c>.</param>
    /// <exception cref="ArgumentException">
    /// The path is empty, absolute, holds a query string, or has a segment that is empty, <c>.</c> or <c>..</c>, or holds
    /// <c>\</c> or <c>%</c>.
    /// </exception>
    public RestLiRequest(RestLiMethod method, string resourcePath)
    {
        if (string.IsNullOrWhiteSpace(resourcePath))
        {
            throw new ArgumentException("A resource path is required, e.g. \"atsCandidates\".", nameof(resourcePath));
        }

        if (resourcePath.StartsWith('/') || resourcePath.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException("The resource path must be relative to the API base address (no leading '/', no scheme), e.g. \"atsCandidates\".", nameof(resourcePath));
        }

        if (resourcePath.IndexOfAny(['?', '#']) >= 0)
        {
            throw new ArgumentException("The resource path must not hold a query string; pass query parameters in QueryParameters.", nameof(resourcePath));
        }

        foreach (string segment in resourcePath.Split('/'))
        {
            // A path that leaves its resource ("..", "%2E%2E", "\\") would reach another one with the same credentials.
            if (segment.Length == 0 || segment is "." or ".." || segment.AsSpan().ContainsAny('\\', '%'))
            {
                throw new ArgumentException("Every segment of the resource path must be a resource name or a {placeholder}: no empty, '.' or '..' segment, no '\\' and no percent-encoding; pass keys as Key or PathKeys.", nameof(resourcePath));
            }
        }

        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown Rest.li method.");
        }

        Method = method;
        ResourcePath = resourcePath;
    }

    /// <summary>The Rest.li method.</summary>
    public RestLiMethod Method { get; }

    /// <summary>The resource path relative to the API base address, possibly with <c>{name}</c> placeholders.</summary>
    public string ResourcePath { get; }

    /// <summary>Keys of parent resources, filling the <c>{name}</c> placeholders of <see cref="ResourcePath"/>.</summary>
    public IReadOnlyDictionary<string, RestLiValue> PathKeys { get; init; } = new Dictionary<string, RestLiValue>();

    /// <summary>The entity key of a GET, UPDATE, PARTIAL_UPDATE or DELETE (and optionally an ACTION), appended to the path.</summary>
    public RestLiValue? Key { get; init; }

    /// <summary>The keys of a BATCH_GET or BATCH_DELETE, sent as the <c>ids</c> parameter.</summary>
    public IReadOnlyList<RestLiValue>? Ids { get; init; }

    /// <summary>Query parameters; <c>fields</c> is sent 1.0-style in both protocols.</summary>
    public IReadOnlyDictionary<string, RestLiValue> QueryParameters { get; init; } = new Dictionary<string, RestLiValue>();

    /// <summary>The JSON body of a CREATE, UPDATE or ACTION.</summary>
    public JsonNode? Body { get; init; }

    /// <summary>The entities of a BATCH_UPDATE, by key.</summary>
    public IReadOnlyList<KeyValuePair<RestLiValue, JsonObject>>? Entities { get; init; }

    /// <summary>The patch of a PARTIAL_UPDATE.</summary>
    public RestLiPatch? Patch { get; init; }

    /// <summary>The patches of a BATCH_PARTIAL_UPDATE, by key.</summary>
    public IReadOnlyList<KeyValuePair<RestLiValue, RestLiPatch>>? Patches { get; init; }

    /// <summary>The entities of a BATCH_CREATE, in order.</summary>
    public IReadOnlyList<JsonObject>? Elements { get; init; }

    /// <summary>The criteria of a BATCH_FINDER, in order; their results come back in the same order.</summary>
    public IReadOnlyList<RestLiValue>? BatchCriteria { get; init; }

    /// <summary>The query parameter carrying <see cref="BatchCriteria"/> (the batch finder's declared name, e.g. <c>criteria</c>).</summary>
    public string? BatchCriteriaParameter { get; init; }

    /// <summary>
    /// The API surface this call goes to, whatever the client's base address ends with: <see cref="ApiFlavor.V2"/>
    /// (<c>v2/</c>) or <see cref="ApiFlavor.Versioned"/> (<c>rest/</c>, with <see cref="LinkedInVersion"/>).
    /// <see langword="null"/> (the default) resolves <see cref="ResourcePath"/> against the base address as it is.
    /// </summary>
    public ApiFlavor? Api { get; init; }

    /// <summary>
    /// The <c>LinkedIn-Version</c> header of this call (e.g. <c>202602</c> or <c>202508.02</c>), overriding
    /// <see cref="RestLiClientOptions.LinkedInVersion"/>. Only sent to the versioned API.
    /// </summary>
    public string? LinkedInVersion { get; init; }

    /// <summary>The credentials whose token authenticates this call; <see langword="null"/> for the pipeline's default.</summary>
    public ClientCredentials? Credentials { get; init; }

    /// <summary>The keys whose outcomes a batch response reports, in request order (from <see cref="Ids"/>, <see cref="Entities"/> or <see cref="Patches"/>).</summary>
    public IReadOnlyList<RestLiValue> BatchKeys => Ids ?? (IReadOnlyList<RestLiValue>?)Entities?.Select(static e => e.Key).ToArray()
        ?? Patches?.Select(static p => p.Key).ToArray() ?? [];

    /// <summary>A GET of one entity.</summary>
    /// <param name="resourcePath">The collection path, e.g. <c>atsCandidates</c>.</param>
    /// <param name="key">The entity key.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest Get(string resourcePath, RestLiValue key) =>
        new(RestLiMethod.Get, resourcePath) { Key = key ?? throw new ArgumentNullException(nameof(key)) };

    /// <summary>A BATCH_GET of several entities.</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest BatchGet(string resourcePath, IEnumerable<RestLiValue> keys) =>
        new(RestLiMethod.BatchGet, resourcePath) { Ids = ToList(keys, nameof(keys)) };

    /// <summary>A GET_ALL of a collection.</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest GetAll(string resourcePath) => new(RestLiMethod.GetAll, resourcePath);

    /// <summary>A FINDER query (<c>q=name</c>).</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="finderName">The finder's name, e.g. <c>criteria</c>.</param>
    /// <param name="parameters">The finder's parameters (also <c>start</c>, <c>count</c>).</param>
    /// <returns>The request.</returns>
    public static RestLiRequest Finder(string resourcePath, string finderName, IReadOnlyDictionary<string, RestLiValue>? parameters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(finderName);
        var query = new Dictionary<string, RestLiValue>(parameters ?? new Dictionary<string, RestLiValue>(), StringComparer.Ordinal)
        {
            ["q"] = finderName,
        };
        return new(RestLiMethod.Finder, resourcePath) { QueryParameters = query };
    }

    /// <summary>A BATCH_FINDER query (<c>bq=name&amp;{criteriaParameter}=List(...)</c>).</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="finderName">The batch finder's name.</param>
    /// <param name="criteriaParameter">The parameter carrying the criteria list.</param>
    /// <param name="criteria">The criteria records, in order.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest BatchFinder(string resourcePath, string finderName, string criteriaParameter, IEnumerable<RestLiValue> criteria)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(finderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(criteriaParameter);
        return new(RestLiMethod.BatchFinder, resourcePath)
        {
            QueryParameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal) { ["bq"] = finderName },
            BatchCriteria = ToList(criteria, nameof(criteria)),
            BatchCriteriaParameter = criteriaParameter,
        };
    }

    /// <summary>A CREATE of one entity.</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="entity">The entity.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest Create(string resourcePath, JsonObject entity) =>
        new(RestLiMethod.Create, resourcePath) { Body = entity ?? throw new ArgumentNullException(nameof(entity)) };

    /// <summary>A BATCH_CREATE (<c>{"elements":[...]}</c>).</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="entities">The entities, in order.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest BatchCreate(string resourcePath, IEnumerable<JsonObject> entities) =>
        new(RestLiMethod.BatchCreate, resourcePath) { Elements = ToList(entities, nameof(entities)) };

    /// <summary>An UPDATE (full replace) of one entity.</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="key">The entity key.</param>
    /// <param name="entity">The entity.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest Update(string resourcePath, RestLiValue key, JsonObject entity) =>
        new(RestLiMethod.Update, resourcePath)
        {
            Key = key ?? throw new ArgumentNullException(nameof(key)),
            Body = entity ?? throw new ArgumentNullException(nameof(entity)),
        };

    /// <summary>A BATCH_UPDATE (full replace; <c>{"entities":{key:{...}}}</c>).</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="entities">The entities by key.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest BatchUpdate(string resourcePath, IEnumerable<KeyValuePair<RestLiValue, JsonObject>> entities) =>
        new(RestLiMethod.BatchUpdate, resourcePath) { Entities = ToList(entities, nameof(entities)) };

    /// <summary>A PARTIAL_UPDATE of one entity (<c>{"patch":{...}}</c>).</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="key">The entity key.</param>
    /// <param name="patch">The patch.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest PartialUpdate(string resourcePath, RestLiValue key, RestLiPatch patch) =>
        new(RestLiMethod.PartialUpdate, resourcePath)
        {
            Key = key ?? throw new ArgumentNullException(nameof(key)),
            Patch = patch ?? throw new ArgumentNullException(nameof(patch)),
        };

    /// <summary>A BATCH_PARTIAL_UPDATE (<c>{"entities":{key:{"patch":{...}}}}</c>).</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="patches">The patches by key.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest BatchPartialUpdate(string resourcePath, IEnumerable<KeyValuePair<RestLiValue, RestLiPatch>> patches) =>
        new(RestLiMethod.BatchPartialUpdate, resourcePath) { Patches = ToList(patches, nameof(patches)) };

    /// <summary>A DELETE of one entity.</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="key">The entity key.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest Delete(string resourcePath, RestLiValue key) =>
        new(RestLiMethod.Delete, resourcePath) { Key = key ?? throw new ArgumentNullException(nameof(key)) };

    /// <summary>A BATCH_DELETE.</summary>
    /// <param name="resourcePath">The collection path.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest BatchDelete(string resourcePath, IEnumerable<RestLiValue> keys) =>
        new(RestLiMethod.BatchDelete, resourcePath) { Ids = ToList(keys, nameof(keys)) };

    /// <summary>An ACTION (<c>?action=name</c>) with its parameters as the JSON body.</summary>
    /// <param name="resourcePath">The resource path (with the key appended via <see cref="Key"/> for entity-level actions).</param>
    /// <param name="actionName">The action's name.</param>
    /// <param name="parameters">The action's parameters, or <see langword="null"/> for none.</param>
    /// <returns>The request.</returns>
    public static RestLiRequest Action(string resourcePath, string actionName, JsonObject? parameters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actionName);
        return new(RestLiMethod.Action, resourcePath)
        {
            QueryParameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal) { ["action"] = actionName },
            Body = parameters ?? [],
        };
    }

    /// <summary>Shows the method, the path template and the number of keys, never key values.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"RestLiRequest {{ Method = {Method}, ResourcePath = {ResourcePath}, Api = {Api?.ToString() ?? "(base address)"}, LinkedInVersion = {LinkedInVersion}, Keys = {(Key is null ? 0 : 1) + BatchKeys.Count}, Parameters = [{string.Join(", ", QueryParameters.Keys)}] }}";

    private static T[] ToList<T>(IEnumerable<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        T[] array = [.. items];
        if (array.Length == 0)
        {
            throw new ArgumentException("At least one item is required for a batch request.", name);
        }

        return array;
    }
}
