using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>
/// The smallest LinkedIn a batch write needs, on a loopback Kestrel server (not the emulator: no rules, no state, so
/// the server costs both sides of <see cref="SyncThroughputBenchmarks"/> the same, and little). The token endpoint
/// answers with a token; any other request is read in full, the keys of its <c>ids=List(…)</c> (in the query, or in
/// the tunneled form) are found by their parentheses, and each is answered <c>{"status":204}</c> under the key's text
/// as sent — LinkedIn's BATCH_UPDATE answer. It counts what it received per path and Rest.li method.
/// </summary>
internal sealed class LoopbackLinkedIn : IAsyncDisposable
{
    /// <summary>The token endpoint's path.</summary>
    public const string TokenPath = "/oauth/v2/accessToken";

    private static readonly byte[] Token = Encoding.UTF8.GetBytes("{\"access_token\":\"loopback-token\",\"expires_in\":1800}");
    private static readonly byte[] IdsStart = Encoding.ASCII.GetBytes("ids=List(");
    private static readonly byte[] NoIds = "{}"u8.ToArray();

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Counter> _traffic = new(StringComparer.Ordinal);

    private LoopbackLinkedIn(WebApplication app)
    {
        _app = app;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    /// <summary>The server's origin, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the server on a free loopback port.</summary>
    /// <returns>The running server.</returns>
    public static async Task<LoopbackLinkedIn> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        LoopbackLinkedIn? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        server = new LoopbackLinkedIn(app);
        return server;
    }

    /// <summary>What was received, by <c>"{X-RestLi-Method} {path}"</c>.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyDictionary<string, ResourceTraffic> Traffic() =>
        _traffic.ToDictionary(p => p.Key, p => new ResourceTraffic(Interlocked.Read(ref p.Value.Requests), Interlocked.Read(ref p.Value.Keys), Interlocked.Read(ref p.Value.BodyBytes)), StringComparer.Ordinal);

    /// <summary>Forgets the counts.</summary>
    public void Reset() => _traffic.Clear();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        HttpResponse response = context.Response;
        response.ContentType = "application/json";
        if (request.Path.Value == TokenPath)
        {
            await response.Body.WriteAsync(Token).ConfigureAwait(false);
            return;
        }

        response.Headers["x-restli-protocol-version"] = "2.0.0";
        byte[] body = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(body.AsMemory(length)).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == body.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(body.Length * 2);
                    body.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(body);
                    body = larger;
                }
            }

            // The keys are answered under their text as sent: the raw (still encoded) query, or the tunneled form.
            byte[] ids = request.QueryString.HasValue ? Encoding.ASCII.GetBytes(request.QueryString.Value!) : [];
            ReadOnlySpan<byte> text = request.QueryString.HasValue ? ids : body.AsSpan(0, length);
            var output = new ArrayBufferWriter<byte>(8 * 1024);
            int keys = WriteAnswer(text, output);
            string method = request.Headers["X-RestLi-Method"].ToString();
            Counter counter = _traffic.GetOrAdd(method + " " + request.Path.Value, static _ => new Counter());
            Interlocked.Increment(ref counter.Requests);
            Interlocked.Add(ref counter.Keys, keys);
            Interlocked.Add(ref counter.BodyBytes, length);
            await response.Body.WriteAsync(keys < 0 ? NoIds : output.WrittenMemory).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    /// <summary>Writes <c>{"results":{key:{"status":204},…},"errors":{}}</c> for the keys of the first <c>ids=List(…)</c>.</summary>
    /// <returns>How many keys; -1 when there is no <c>ids</c> list.</returns>
    private static int WriteAnswer(ReadOnlySpan<byte> text, ArrayBufferWriter<byte> output)
    {
        int start = text.IndexOf(IdsStart);
        if (start < 0)
        {
            return -1;
        }

        int keys = 0;
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartObject("results");
        int depth = 0;
        int keyStart = -1;
        for (int i = start + IdsStart.Length; i < text.Length; i++)
        {
            byte b = text[i];
            if (b == (byte)'(')
            {
                if (depth++ == 0)
                {
                    keyStart = i;
                }
            }
            else if (b == (byte)')')
            {
                if (depth == 0)
                {
                    break;
                }

                if (--depth == 0)
                {
                    writer.WriteStartObject(text[keyStart..(i + 1)]);
                    writer.WriteNumber("status"u8, 204);
                    writer.WriteEndObject();
                    keys++;
                }
            }
        }

        writer.WriteEndObject();
        writer.WriteStartObject("errors");
        writer.WriteEndObject();
        writer.WriteEndObject();
        return keys;
    }

    private sealed class Counter
    {
        public long Requests;
        public long Keys;
        public long BodyBytes;
    }
}
