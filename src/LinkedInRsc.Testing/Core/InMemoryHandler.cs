namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The in-process front-end: an <see cref="HttpMessageHandler"/> that hands each request to the same request
/// processor as the HTTP server, without sockets. A dropped connection surfaces as <see cref="HttpRequestException"/>,
/// as a reset socket does.
/// </summary>
internal sealed class InMemoryHandler : HttpMessageHandler
{
    private readonly RequestProcessor _processor;

    public InMemoryHandler(RequestProcessor processor) => _processor = processor;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Uri uri = request.RequestUri is { IsAbsoluteUri: true } u
            ? u
            : throw new InvalidOperationException("The request has no absolute URI: set HttpClient.BaseAddress to the emulator's BaseAddress.");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        byte[] body = [];
        if (request.Content is not null)
        {
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            body = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var raw = new RawRequest
        {
            Method = request.Method.Method,
            Path = uri.AbsolutePath,
            Query = uri.Query.Length > 0 ? uri.Query[1..] : string.Empty,
            Headers = headers,
            Body = body,
        };

        EmulatorResponse response = await _processor.ProcessAsync(raw, cancellationToken).ConfigureAwait(false);
        if (response.DropConnection)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The RSC emulator dropped the connection (injected fault).", new IOException("Connection reset by the emulator."));
        }

        var content = new ByteArrayContent(response.Body);
        if (response.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", response.ContentType);
        }

        var message = new HttpResponseMessage((System.Net.HttpStatusCode)response.Status) { Content = content, RequestMessage = request };
        foreach ((string name, string value) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }
}
