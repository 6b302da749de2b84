using System.Net;
using System.Net.Sockets;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The network front-end: a <see cref="HttpListener"/> on <c>http://127.0.0.1:{port}/</c> feeding the request
/// processor. Port 0 picks a free port (bound once with a <see cref="TcpListener"/> to learn it).
/// </summary>
internal sealed class HttpListenerFrontEnd : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly RequestProcessor _processor;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly List<Task> _inFlight = [];

    private HttpListenerFrontEnd(HttpListener listener, RequestProcessor processor, Uri baseAddress)
    {
        _listener = listener;
        _processor = processor;
        BaseAddress = baseAddress;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts listening on <paramref name="port"/> (0: a free port).</summary>
    public static HttpListenerFrontEnd Start(RequestProcessor processor, int port)
    {
        const int Attempts = 5;
        for (int attempt = 1; ; attempt++)
        {
            int chosen = port == 0 ? FreePort() : port;
            string prefix = $"http://127.0.0.1:{chosen}/";
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new HttpListenerFrontEnd(listener, processor, new Uri(prefix));
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
            using (var buffer = new MemoryStream())
            {
                await request.InputStream.CopyToAsync(buffer, _stopping.Token).ConfigureAwait(false);
                body = buffer.ToArray();
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

            HttpListenerResponse output = context.Response;
            output.StatusCode = response.Status;
            foreach ((string name, string value) in response.Headers)
            {
                output.Headers[name] = value;
            }

            if (response.ContentType is not null)
            {
                output.ContentType = response.ContentType;
            }

            output.ContentLength64 = response.Body.Length;
            if (response.Body.Length > 0)
            {
                await output.OutputStream.WriteAsync(response.Body, _stopping.Token).ConfigureAwait(false);
            }

            output.Close();
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
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
}
