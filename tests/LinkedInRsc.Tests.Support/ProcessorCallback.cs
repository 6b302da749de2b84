using LinkedInRsc.Notifications;

namespace LinkedInRsc.Tests.Support;

/// <summary>
/// The ATS's callback URL in memory, served by the SDK's <see cref="PushProcessor"/>: the emulator's pushes and
/// challenges reach the processor as a web framework would hand them over (raw body, headers, query). The customer id
/// is the path segment after <c>/linkedin/</c>. Records every answer.
/// </summary>
public sealed class ProcessorCallback(Func<PushProcessor> processor) : HttpMessageHandler
{
    public System.Collections.Concurrent.ConcurrentQueue<PushResult> Results { get; } = new();

    public static Uri UrlOf(string customerId) => new($"https://ats.example/linkedin/{customerId}/callback");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string[] segments = request.RequestUri!.AbsolutePath.Trim('/').Split('/');
        string customerId = segments.Length > 1 && segments[0] == "linkedin" ? segments[1] : string.Empty;
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        var parameters = query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k]!, StringComparer.OrdinalIgnoreCase);
        PushResult result = await processor().ProcessAsync(
            new PushRequest { CustomerId = customerId, Method = request.Method.Method, Body = body, Headers = headers, Query = parameters },
            cancellationToken);
        Results.Enqueue(result);
        var response = new HttpResponseMessage((System.Net.HttpStatusCode)result.StatusCode);
        if (result.Body is not null)
        {
            response.Content = new StringContent(result.Body, System.Text.Encoding.UTF8, result.ContentType ?? "application/json");
        }

        return response;
    }
}
