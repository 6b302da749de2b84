using System.Net;
using System.Net.Sockets;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The network front-end: a <see cref="HttpListener"/> on <c>http://127.0.0.1:{port}/</c> feeding the request
/// processor. Port 0 picks a free port (bound once with a <see cref="TcpListener"/> to learn it). A body larger than
/// <see cref="EmulatorOptions.MaxRequestBodyBytes"/> is not read (413), and one that stops arriving for
/// <see cref="EmulatorOptions.RequestBodyTimeout"/> is answered 408 and its connection closed.
/// </summary>
internal sealed class HttpListenerFrontEnd : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly RequestProcessor _processor;
    private readonly long _maxBodyBytes;
    private readonly TimeSpan _bodyTimeout;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly List<Task> _inFlight = [];

    private HttpListenerFrontEnd(HttpListener listener, RequestProcessor processor, Uri baseAddress, EmulatorOptions options)
    {
        _listener = listener;
        _processor = processor;
        _maxBodyBytes = options.MaxRequestBodyBytes;
        _bodyTimeout = options.RequestBodyTimeout;
        _time = options.TimeProvider;
        BaseAddress = baseAddress;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts listening on the options' port (0: a free port).</summary>
    public static HttpListenerFrontEnd Start(RequestProcessor processor, EmulatorOptions options)
    {
        const int Attempts = 5;
        int port = options.Port;
        for (int attempt = 1; ; attempt++)
        {
            int chosen = port == 0 ? FreePort() : port;
            string prefix = $"http://127.0.0.1:{chosen}/";
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new HttpListenerFrontEnd(listener, processor, new Uri(prefix), options);
            }
            catch (HttpListenerException) when (port == 0 && attempt < Attempts)
            {
                // The free port was taken between probing and binding: try another.
                listener.Close();
            }
            catch (HttpListenerException ex)
            {
                listener.Close();
                throw new InvalidOperationException($"The RSC emulator could not listen on {prefix}: {ex.Message}. Choose another port, or 0 for a free one.", ex);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _loop.ConfigureAwait(false);
        Task[] pending;
        lock (_inFlight)
        {
            pending = _inFlight.ToArray();
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        _listener.Close();
        _stopping.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Task handling = HandleAsync(context);
            lock (_inFlight)
            {
                _inFlight.RemoveAll(t => t.IsCompleted);
                _inFlight.Add(handling);
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            HttpListenerRequest request = context.Request;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string? name in request.Headers.AllKeys)
            {
                if (name is not null && request.Headers.GetValues(name) is { } values)
                {
                    headers[name] = string.Join(",", values);
                }
            }

            byte[] body;
            bool tooLarge;
            try
            {
                (body, tooLarge) = await ReadBodyAsync(request).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The client stopped sending its body: answer 408 and close, freeing the handler and the socket.
                EmulatorResponse timedOut = new LinkedInError(408, ServiceErrorCodes.InvalidInput, "The request body stopped arriving; the connection is closed.").ToResponse();
                await WriteAsync(context.Response, timedOut, closeConnection: true).ConfigureAwait(false);
                return;
            }

            string target = request.RawUrl ?? "/";
            if (target.StartsWith("http", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(target, UriKind.Absolute, out Uri? absolute))
            {
                target = absolute.PathAndQuery;
            }

            int q = target.IndexOf('?', StringComparison.Ordinal);
            var raw = new RawRequest
            {
                Method = request.HttpMethod,
                Path = q < 0 ? target : target[..q],
                Query = q < 0 ? string.Empty : target[(q + 1)..],
                Headers = headers,
                Body = body,
                BodyTooLarge = tooLarge,
            };

            EmulatorResponse response = await _processor.ProcessAsync(raw, _stopping.Token).ConfigureAwait(false);
            if (response.DropConnection)
            {
                // Close mid-response, after the headers: a connection closed before any byte would be silently
                // retried by SocketsHttpHandler as a stale pooled connection, hiding the fault from the client.
                byte[] partial = "{\"elements\":["u8.ToArray();
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = 4096;
                await context.Response.OutputStream.WriteAsync(partial, _stopping.Token).ConfigureAwait(false);
                await context.Response.OutputStream.FlushAsync(_stopping.Token).ConfigureAwait(false);
                context.Response.Abort();
                return;
            }

            // A body left unread (too large) means the connection cannot carry another request.
            await WriteAsync(context.Response, response, closeConnection: tooLarge).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>
    /// Reads the body, at most <see cref="EmulatorOptions.MaxRequestBodyBytes"/> of it (a declared length above it is
    /// not read at all), giving up with <see cref="TimeoutException"/> when no byte arrives for
    /// <see cref="EmulatorOptions.RequestBodyTimeout"/> on the emulator's clock.
    /// </summary>
    private async Task<(byte[] Body, bool TooLarge)> ReadBodyAsync(HttpListenerRequest request)
    {
        if (request.ContentLength64 > _maxBodyBytes)
        {
            return ([], true);
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        while (true)
        {
            // The listener's stream ignores cancellation once a read is pending: the wait gives up instead, and the
            // caller answers 408 and closes the connection, which ends the read.
            int read = await request.InputStream.ReadAsync(chunk, _stopping.Token).AsTask().WaitAsync(_bodyTimeout, _time, _stopping.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer.ToArray(), false);
            }

            if (buffer.Length + read > _maxBodyBytes)
            {
                return ([], true);
            }

            buffer.Write(chunk, 0, read);
        }
    }

    /// <summary>Writes a response; <paramref name="closeConnection"/> when the connection cannot carry another request.</summary>
    private async Task WriteAsync(HttpListenerResponse output, EmulatorResponse response, bool closeConnection)
    {
        output.StatusCode = response.Status;
        foreach ((string name, string value) in response.Headers)
        {
            output.Headers[name] = value;
        }

        if (response.ContentType is not null)
        {
            output.ContentType = response.ContentType;
        }

        if (closeConnection)
        {
            output.KeepAlive = false;
        }

        output.ContentLength64 = response.Body.Length;
        if (response.Body.Length > 0)
        {
            await output.OutputStream.WriteAsync(response.Body, _stopping.Token).ConfigureAwait(false);
        }

        output.Close();
    }
}
