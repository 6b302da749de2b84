using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LinkedInRsc.Benchmarks.Pipeline;

/// <summary>
/// An in-memory LinkedIn for one request shape: the token endpoint answers with a token, and a tunneled
/// <c>BATCH_UPDATE</c> of <c>atsCandidates</c> (POST, <c>X-HTTP-Method-Override: PUT</c>, <c>multipart/mixed</c>) is
/// read in full, as a server reads it, and answered with the per-key results it was built with. Anything else is a 400.
/// </summary>
/// <param name="tokenPath">The token endpoint's path.</param>
/// <param name="batchResponse">The answer to the batch, UTF-8 JSON.</param>
public sealed class LinkedInLikeHandler(string tokenPath, byte[] batchResponse) : HttpMessageHandler
{
    private static readonly byte[] Token = Encoding.UTF8.GetBytes("{\"access_token\":\"benchmark-token\",\"expires_in\":1800}");
    private int _batches;
    private long _bodyBytes;

    /// <summary>How many batches were answered.</summary>
    public int Batches => Volatile.Read(ref _batches);

    /// <summary>The bytes of request content read, over all batches.</summary>
    public long BodyBytes => Interlocked.Read(ref _bodyBytes);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath == tokenPath)
        {
            return Json(Token);
        }

        bool isBatch = request.Method == HttpMethod.Post
            && request.Headers.TryGetValues("X-HTTP-Method-Override", out var verbs) && verbs.First() == "PUT"
            && request.Headers.TryGetValues("X-RestLi-Method", out var methods) && methods.First() == "BATCH_UPDATE"
            && request.Headers.Authorization is { Scheme: "Bearer" }
            && request.Content?.Headers.ContentType?.MediaType == "multipart/mixed";
        if (!isBatch)
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { RequestMessage = request };
        }

        byte[] content = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _bodyBytes, content.Length);
        Interlocked.Increment(ref _batches);
        return Json(batchResponse);

        HttpResponseMessage Json(byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-restli-protocol-version", "2.0.0");
            return response;
        }
    }
}
