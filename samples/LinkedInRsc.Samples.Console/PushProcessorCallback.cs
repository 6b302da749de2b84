using System.Net;
using System.Text;
using LinkedInRsc.Notifications;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// The ATS's callback URL inside this process: the embedded emulator's pushes and URL challenges reach the SDK's
/// <see cref="PushProcessor"/> as a web framework hands them over (raw body, headers, query) — what
/// <c>app.MapLinkedInRscCallback(...)</c> does in an ASP.NET Core ATS. The customer id is the path segment after
/// <c>/linkedin/</c>.
/// </summary>
internal sealed class PushProcessorCallback(Func<PushProcessor> processor) : HttpMessageHandler
{
    public static Uri UrlOf(string customerId) => new($"https://ats.example/linkedin/{customerId}/callback");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Uri uri = request.RequestUri!;
        string[] segments = uri.AbsolutePath.Trim('/').Split('/');
        string customerId = segments.Length > 1 && segments[0] == "linkedin" ? segments[1] : string.Empty;
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var parameters = query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k]!, StringComparer.OrdinalIgnoreCase);
        PushResult result = await processor().ProcessAsync(
            new PushRequest { CustomerId = customerId, Method = request.Method.Method, Body = body, Headers = headers, Query = parameters },
            cancellationToken).ConfigureAwait(false);
        var response = new HttpResponseMessage((HttpStatusCode)result.StatusCode);
        if (result.Body is not null)
        {
            response.Content = new StringContent(result.Body, Encoding.UTF8, result.ContentType ?? "application/json");
        }

        return response;
    }
}
