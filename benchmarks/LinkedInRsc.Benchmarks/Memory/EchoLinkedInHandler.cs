using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// An in-memory LinkedIn that accepts every batch write: the token endpoint answers with a token; a BATCH_UPDATE,
/// BATCH_PARTIAL_UPDATE or BATCH_DELETE (tunneled or not) is answered with status 204 for each of its <c>ids</c>,
/// read from the request as LinkedIn reads them; anything else with 200 and an empty object. It keeps nothing but
/// counters, so the memory measured is the client's.
/// </summary>
/// <param name="tokenPath">The token endpoint's path.</param>
public sealed class EchoLinkedInHandler(string tokenPath) : HttpMessageHandler
{
    private static readonly byte[] Token = Encoding.UTF8.GetBytes("{\"access_token\":\"memory-token\",\"expires_in\":1800}");
    private long _keys;

    /// <summary>How many keys were answered.</summary>
    public long Keys => Interlocked.Read(ref _keys);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath == tokenPath)
        {
            return Json(request, Token);
        }

        string method = request.Headers.TryGetValues("X-RestLi-Method", out var methods) ? methods.First() : string.Empty;
        string query = request.RequestUri.Query.TrimStart('?');
        if (request.Content is MultipartContent parts)
        {
            // Tunneled: the first part is the query as a form, the second the JSON body.
            HttpContent[] contents = [.. parts];
            query = await contents[0].ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            await contents[1].CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }
        else if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        if (method is not ("BATCH_UPDATE" or "BATCH_PARTIAL_UPDATE" or "BATCH_DELETE"))
        {
            return Json(request, "{}"u8.ToArray());
        }

        IReadOnlyList<RestLiValue> ids = RestLiCodec.DecodeQuery(query, RestLiProtocolVersion.Version2)["ids"].AsList();
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("results");
            foreach (RestLiValue id in ids)
            {
                writer.WriteStartObject(RestLiCodec.EncodeKey(id, RestLiProtocolVersion.Version2));
                writer.WriteNumber("status", 204);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartObject("errors");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        Interlocked.Add(ref _keys, ids.Count);
        return Json(request, buffer.WrittenSpan.ToArray());
    }

    private static HttpResponseMessage Json(HttpRequestMessage request, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
