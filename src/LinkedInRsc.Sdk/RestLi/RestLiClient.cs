using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Http;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A low-level Rest.li client: the escape hatch for LinkedIn endpoints the SDK does not model. It encodes keys and
/// parameters in the configured protocol, builds batch bodies from the same keys as the URL, tunnels long queries,
/// sets the Rest.li headers, and maps failures to <see cref="LinkedInRscException"/>.
/// </summary>
/// <remarks>
/// <para>Headers: <c>X-RestLi-Protocol-Version</c> (<c>2.0.0</c> or <c>1.0.0</c>) and <c>X-RestLi-Method</c> on
/// <b>every</b> request, in upper case (<c>BATCH_UPDATE</c>), as LinkedIn's official client sends them. Rest.li
/// servers need the method header only to tell apart methods sharing a verb (CREATE/ACTION/PARTIAL_UPDATE on POST,
/// UPDATE/BATCH_UPDATE on PUT) and on tunneled requests; sending it always is harmless and removes that
/// guesswork. <c>Content-Type: application/json</c> accompanies JSON bodies.</para>
/// <para>HTTP verbs: GET for GET/BATCH_GET/GET_ALL/FINDER/BATCH_FINDER; PUT for UPDATE/BATCH_UPDATE; POST for
/// CREATE/BATCH_CREATE/PARTIAL_UPDATE/BATCH_PARTIAL_UPDATE/ACTION; DELETE for DELETE/BATCH_DELETE.</para>
/// <para>Query tunneling: when the encoded query is longer than
/// <see cref="RestLiClientOptions.QueryTunnelingThreshold"/>, the request is sent as <c>POST</c> with
/// <c>X-HTTP-Method-Override: &lt;verb&gt;</c>; a call without a body carries the query as an
/// <c>application/x-www-form-urlencoded</c> body, a call with a body as <c>multipart/mixed</c> (the form-encoded query,
/// then the JSON body).</para>
/// <para>Addresses are relative to the <see cref="HttpClient.BaseAddress"/> of the client, which must end with
/// <c>v2/</c> or <c>rest/</c>. Credentials of the request travel in <see cref="HttpRequestMessage.Options"/> under
/// <see cref="RequestOptionKeys.Credentials"/> for the SDK's authentication handler.</para>
/// </remarks>
public class RestLiClient
{
    /// <summary>The most keys LinkedIn takes in one batch request.</summary>
    internal const int MaxBatchKeys = 100;

    private const string JsonMediaType = "application/json";
    private readonly IHttpClientFactory? _factory;
    private readonly string? _clientName;
    private readonly HttpClient? _httpClient;
    private readonly int _tunnelingThreshold;
    private readonly string? _defaultVersion;

    /// <summary>Creates a client that takes an <see cref="HttpClient"/> from the factory for every call.</summary>
    /// <param name="httpClientFactory">The factory.</param>
    /// <param name="clientName">The name of the configured client (with the base address and handlers).</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    public RestLiClient(IHttpClientFactory httpClientFactory, string clientName, RestLiClientOptions? options = null)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientName);
        _factory = httpClientFactory;
        _clientName = clientName;
    }

    /// <summary>Creates a client over one <see cref="HttpClient"/>, which the caller owns.</summary>
    /// <param name="httpClient">The client, with its base address set.</param>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    public RestLiClient(HttpClient httpClient, RestLiClientOptions? options = null)
        : this(options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
    }

    /// <summary>Creates a client for test doubles that override <see cref="SendAsync"/>.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for the defaults.</param>
    protected RestLiClient(RestLiClientOptions? options = null)
    {
        options ??= new RestLiClientOptions();
        if (!Enum.IsDefined(options.ProtocolVersion))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ProtocolVersion, "Unknown Rest.li protocol version.");
        }

        if (options.QueryTunnelingThreshold < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.QueryTunnelingThreshold, "The query tunneling threshold must be positive.");
        }

        ProtocolVersion = options.ProtocolVersion;
        _tunnelingThreshold = options.QueryTunnelingThreshold;
        _defaultVersion = string.IsNullOrWhiteSpace(options.LinkedInVersion) ? null : options.LinkedInVersion;
    }

    /// <summary>The protocol this client encodes with.</summary>
    public RestLiProtocolVersion ProtocolVersion { get; }

    /// <summary>Sends a Rest.li request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The successful response; read it with its <c>Read…</c> methods.</returns>
    /// <exception cref="ArgumentException">
    /// The request lacks what its method needs, holds more than 100 keys, or a key cannot be encoded (nothing was sent).
    /// </exception>
    /// <exception cref="LinkedInRscException">
    /// LinkedIn answered with an error status, or no usable answer arrived: a connection failure, a timeout, the
    /// resilience pipeline refusing to send (an open circuit breaker), a success whose body is not JSON (cut short,
    /// garbled, or holding a string that is not valid text), or a read (GET, BATCH_GET, GET_ALL, FINDER, BATCH_FINDER)
    /// answered with an empty body. The last ones are
    /// <see cref="LinkedInRscException.IsTransient"/>: the request may succeed if sent again.
    /// </exception>
    /// <exception cref="InvalidOperationException">The <see cref="HttpClient"/> has no <see cref="HttpClient.BaseAddress"/>.</exception>
    public virtual async Task<RestLiResponse> SendAsync(RestLiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpClient client = _httpClient ?? _factory!.CreateClient(_clientName!);
        if (client.BaseAddress is null)
        {
            throw new InvalidOperationException("The HttpClient has no BaseAddress; set it to the API base, e.g. https://api.linkedin.com/v2/.");
        }

        using var message = BuildRequest(request, client.BaseAddress);

        HttpResponseMessage response;
        Uri address = message.RequestUri is { IsAbsoluteUri: true } absolute ? absolute : new Uri(client.BaseAddress, message.RequestUri!);
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (LinkedInRscExceptionFactory.IsTransportFailure(ex, cancellationToken))
        {
            // No answer: a reset, a timeout, or the resilience pipeline refusing to send (open circuit, rate limiter).
            throw LinkedInRscExceptionFactory.FromTransportFailure(message.Method, address, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await LinkedInRscExceptionFactory.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
            }

            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            JsonElement? json = null;
            if (body.AsSpan().Trim((byte)' ').Length > 0)
            {
                try
                {
                    // A string that is not text (invalid UTF-8, an escaped lone surrogate) parses, and throws only when
                    // read: such a body is as unreadable as a truncated one.
                    if (!Internal.JsonText.IsReadable(body))
                    {
                        throw new JsonException("The body holds a string that is not valid text.");
                    }

                    using var document = JsonDocument.Parse(body);
                    json = document.RootElement.Clone();
                }
                catch (JsonException ex)
                {
                    // A success whose answer cannot be read (cut short, garbled): LinkedIn may or may not have done the
                    // work, and the per-entity outcomes are unknown. Transient: sending the request again is how to learn.
                    throw new LinkedInRscException(
                        $"LinkedIn answered {(int)response.StatusCode} to {request.Method} {request.ResourcePath} with a body that is not JSON; the outcome is unknown and the request may succeed if sent again.", ex)
                    {
                        StatusCode = response.StatusCode,
                        HttpMethod = message.Method.Method,
                        RequestUri = response.RequestMessage?.RequestUri,
                        RequestId = LinkedInRscExceptionFactory.ReadRequestId(response),
                        IsTransient = true,
                    };
                }
            }

            if (json is null && response.StatusCode != System.Net.HttpStatusCode.NoContent && AlwaysAnswersABody(request.Method))
            {
                // A read's answer is its body: an empty one is a lost answer, not "nothing found". Reading it as an
                // empty page or batch would end a listing early or report found records missing.
                throw new LinkedInRscException(
                    $"LinkedIn answered {(int)response.StatusCode} to {request.Method} {request.ResourcePath} with an empty body; a read always answers one, so the answer was lost and the request may succeed if sent again.")
                {
                    StatusCode = response.StatusCode,
                    HttpMethod = message.Method.Method,
                    RequestUri = response.RequestMessage?.RequestUri,
                    RequestId = LinkedInRscExceptionFactory.ReadRequestId(response),
                    IsTransient = true,
                };
            }

            string? restLiId = response.Headers.TryGetValues("x-restli-id", out var ids) ? ids.FirstOrDefault() : null;
            return new RestLiResponse(request, ProtocolVersion, response.StatusCode, json, LinkedInRscExceptionFactory.ReadRequestId(response), restLiId);
        }
    }

    /// <summary>Whether a success answer to the method always carries a body (the reads).</summary>
    private static bool AlwaysAnswersABody(RestLiMethod method) =>
        method is RestLiMethod.Get or RestLiMethod.BatchGet or RestLiMethod.GetAll or RestLiMethod.Finder or RestLiMethod.BatchFinder;

    /// <summary>
    /// Streams every element of a FINDER or GET_ALL, page by page (Rest.li <c>start</c>/<c>count</c>), until a page
    /// is empty or the paging says no more follow. Pages are requested only as the caller consumes them.
    /// </summary>
    /// <param name="request">A FINDER or GET_ALL request; its own <c>start</c> parameter, if any, is where paging begins.</param>
    /// <param name="pageSize">The <c>count</c> of each page (1 to 1,000); the request's own <c>count</c> wins when set.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The elements, in order.</returns>
    /// <exception cref="ArgumentException">The request is not a FINDER or GET_ALL, or a paging parameter is not a number.</exception>
    /// <exception cref="LinkedInRscException">A page request failed.</exception>
    public async IAsyncEnumerable<JsonElement> ListAsync(
        RestLiRequest request,
        int pageSize = 10,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        if (request.Method is not (RestLiMethod.Finder or RestLiMethod.GetAll))
        {
            throw new ArgumentException($"ListAsync pages FINDER and GET_ALL requests, not {RestLiMethods.HeaderValue(request.Method)}.", nameof(request));
        }

        int start = ReadNumber(request, "start") ?? 0;
        int count = ReadNumber(request, "count") ?? pageSize;
        while (true)
        {
            var parameters = new Dictionary<string, RestLiValue>(request.QueryParameters, StringComparer.Ordinal)
            {
                ["start"] = RestLiValue.FromInt64(start),
                ["count"] = RestLiValue.FromInt64(count),
            };
            var response = await SendAsync(request with { QueryParameters = parameters }, cancellationToken).ConfigureAwait(false);
            var page = response.ReadPage();
            foreach (var element in page.Elements)
            {
                yield return element;
            }

            var paging = page.Paging ?? new RestLiPaging { Start = start, Count = count };
            if (page.Elements.Count == 0 || !paging.HasMore(page.Elements.Count))
            {
                yield break;
            }

            start = paging.Start + page.Elements.Count;
        }
    }

    /// <summary>Builds the HTTP request for a Rest.li request (no I/O); validates it first.</summary>
    /// <param name="request">The request.</param>
    /// <param name="baseAddress">The client's base address; needed when the request names its <see cref="RestLiRequest.Api"/>.</param>
    /// <returns>A new message the caller disposes.</returns>
    internal HttpRequestMessage BuildRequest(RestLiRequest request, Uri? baseAddress = null)
    {
        RestLiRequestChecks.Validate(request);
        (string path, string? version) = ApiRoute.Resolve(request, BuildPath(request), baseAddress, _defaultVersion);
        string query = RestLiCodec.EncodeQuery(BuildQuery(request), ProtocolVersion);
        byte[]? body = BuildBody(request);
        HttpMethod verb = RestLiMethods.HttpMethodOf(request.Method);

        HttpRequestMessage message;
        if (query.Length > _tunnelingThreshold)
        {
            message = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.RelativeOrAbsolute));
            message.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", verb.Method);
            var form = new StringContent(query, Encoding.UTF8);
            form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            if (body is null)
            {
                message.Content = form;
            }
            else
            {
                var multipart = new MultipartContent("mixed", "restli-" + Guid.NewGuid().ToString("N"))
                {
                    form,
                    JsonContent(body),
                };
                message.Content = multipart;
            }
        }
        else
        {
            message = new HttpRequestMessage(verb, new Uri(query.Length == 0 ? path : path + "?" + query, UriKind.RelativeOrAbsolute));
            if (body is not null)
            {
                message.Content = JsonContent(body);
            }
        }

        message.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", ProtocolVersion == RestLiProtocolVersion.Version2 ? "2.0.0" : "1.0.0");
        message.Headers.TryAddWithoutValidation("X-RestLi-Method", RestLiMethods.HeaderValue(request.Method));
        if (version is not null)
        {
            message.Headers.TryAddWithoutValidation(ApiRoute.VersionHeader, version);
        }
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        if (request.Credentials is not null)
        {
            message.Options.Set(RequestOptionKeys.Credentials, request.Credentials);
        }

        return message;
    }

    private static int? ReadNumber(RestLiRequest request, string name)
    {
        if (!request.QueryParameters.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.Kind == RestLiValueKind.Primitive
            && int.TryParse(value.AsString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number)
            ? number
            : throw new ArgumentException($"The '{name}' parameter must be a non-negative number.", nameof(request));
    }

    private static ByteArrayContent JsonContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType);
        return content;
    }

    private string BuildPath(RestLiRequest request)
    {
        var path = new StringBuilder();
        string template = request.ResourcePath;
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '{')
            {
                int close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    throw new ArgumentException($"The resource path has an unclosed '{{' at index {i}.", nameof(request));
                }

                string name = template[(i + 1)..close];
                if (!request.PathKeys.TryGetValue(name, out var key))
                {
                    throw new ArgumentException($"The resource path needs the path key '{name}'; add it to PathKeys.", nameof(request));
                }

                path.Append(EncodeKey(key, $"path key '{name}'"));
                used.Add(name);
                i = close;
            }
            else
            {
                path.Append(c);
            }
        }

        foreach (string name in request.PathKeys.Keys)
        {
            if (!used.Contains(name))
            {
                throw new ArgumentException($"The path key '{name}' has no '{{{name}}}' placeholder in the resource path.", nameof(request));
            }
        }

        if (request.Key is not null)
        {
            if (path[^1] != '/')
            {
                path.Append('/');
            }

            path.Append(EncodeKey(request.Key, "entity key"));
        }

        return path.ToString();
    }

    private string EncodeKey(RestLiValue key, string what)
    {
        try
        {
            string encoded = RestLiCodec.EncodeKey(key, ProtocolVersion);

            // A key of dots would be a path step once in the URL ("atsCandidates/.." is the API root), and URIs
            // normalise "%2E%2E" to ".." too: such a key cannot be addressed.
            return encoded is "." or ".."
                ? throw new ArgumentException($"The {what} is '{encoded}', which a URL treats as a path step, not a key; it cannot be sent.")
                : encoded;
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"The {what} cannot be encoded: {ex.Message}", ex);
        }
    }

    private static Dictionary<string, RestLiValue> BuildQuery(RestLiRequest request)
    {
        var query = new Dictionary<string, RestLiValue>(request.QueryParameters, StringComparer.Ordinal);
        if (request.Method is RestLiMethod.BatchGet or RestLiMethod.BatchDelete or RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate)
        {
            query["ids"] = RestLiValue.ListOf(request.BatchKeys);
        }

        if (request.Method == RestLiMethod.BatchFinder)
        {
            if (query.ContainsKey(request.BatchCriteriaParameter!))
            {
                throw new ArgumentException($"The query parameter '{request.BatchCriteriaParameter}' is set twice: in QueryParameters and as BatchCriteriaParameter.", nameof(request));
            }

            query[request.BatchCriteriaParameter!] = RestLiValue.ListOf(request.BatchCriteria!);
        }

        return query;
    }

    /// <summary>The request's JSON body, or <see langword="null"/> when its method sends none.</summary>
    /// <remarks>
    /// Batch bodies are written straight from the caller's entities: no copy of their JSON and no tree around it.
    /// Keys were checked for repeats by <see cref="RestLiRequestChecks.Validate"/>.
    /// </remarks>
    internal byte[]? BuildBody(RestLiRequest request)
    {
        JsonNode? single = request.Method switch
        {
            RestLiMethod.PartialUpdate => request.Patch!.ToJson(),
            RestLiMethod.Create or RestLiMethod.Update or RestLiMethod.Action => request.Body,
            _ => null,
        };
        if (single is null && request.Method is not (RestLiMethod.BatchUpdate or RestLiMethod.BatchPartialUpdate or RestLiMethod.BatchCreate))
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            switch (request.Method)
            {
                case RestLiMethod.BatchUpdate:
                    WriteEntities(writer, request.Entities!, static entity => entity);
                    break;
                case RestLiMethod.BatchPartialUpdate:
                    WriteEntities(writer, request.Patches!, static patch => patch.ToJson());
                    break;
                case RestLiMethod.BatchCreate:
                    writer.WriteStartObject();
                    writer.WriteStartArray("elements");
                    foreach (JsonObject element in request.Elements!)
                    {
                        element.WriteTo(writer);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                    break;
                default:
                    single!.WriteTo(writer);
                    break;
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void WriteEntities<T>(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<RestLiValue, T>> entities, Func<T, JsonNode> toJson)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("entities");
        foreach (var (key, value) in entities)
        {
            writer.WritePropertyName(EncodeKey(key, "batch key"));
            toJson(value).WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
