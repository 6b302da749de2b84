using System.Collections.Concurrent;
using System.Net;
using LinkedInRsc.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock.Logging;
using WireMock.Server;

namespace LinkedInRsc.Sdk.Tests.Http;

/// <summary>Builds the SDK's real DI graph pointed at a WireMock server, with a fake clock and captured logs.</summary>
internal static class PipelineTestSupport
{
    public const string ClientId = "client-alpha";

    /// <summary>A secret with characters that must be URL-encoded in a form body.</summary>
    public const string ClientSecret = "s3cr/et+with=chars&more";

    public const string TokenPath = "/oauth/v2/accessToken";

    public static ServiceProvider BuildProvider(
        WireMockServer server,
        TimeProvider timeProvider,
        CapturingLoggerProvider? logs = null,
        Action<LinkedInRscOptions>? configure = null,
        Action<ILinkedInRscBuilder>? configureBuilder = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(timeProvider);
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });

        ILinkedInRscBuilder builder = services.AddLinkedInRsc(o =>
        {
            o.BaseAddress = new Uri(server.Url! + "/");
            o.TokenEndpoint = new Uri(server.Url! + TokenPath);
            o.ClientId = ClientId;
            o.ClientSecret = ClientSecret;
            o.RetryDelay = TimeSpan.FromSeconds(1);
            configure?.Invoke(o);
        });

        // Deterministic back-off so a test can wait for the exact retry timer.
        builder.ConfigureResilience(r =>
        {
            r.Retry.UseJitter = false;
            r.Retry.BackoffType = Polly.DelayBackoffType.Constant;
        });
        configureBuilder?.Invoke(builder);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static HttpClient CreateClient(this IServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(LinkedInRscDefaults.HttpClientName);

    public static IReadOnlyList<ILogEntry> Requests(this WireMockServer server, string path) =>
        server.LogEntries.Where(e => e.RequestMessage!.Path == path).ToList();

    public static string? Header(this ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static string TokenJson(string token, object expiresIn) =>
        expiresIn is string s
            ? $$"""{"access_token":"{{token}}","expires_in":"{{s}}"}"""
            : $$"""{"access_token":"{{token}}","expires_in":{{expiresIn}}}""";
}

/// <summary>Collects every log record (formatted message, state values, exception text) for leak assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => [.. _records];

    /// <summary>Everything a log sink could have seen, joined into one text.</summary>
    public string AllText => string.Join("\n", _records.Select(r => r.ToString()));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    internal sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, string State, string? Exception)
    {
        public override string ToString() => $"{Category} {Level} {EventId} {Message} | {State} | {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string stateText = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : state?.ToString() ?? string.Empty;
            records.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), stateText, exception?.ToString()));
        }
    }
}

/// <summary>A token endpoint stand-in that holds every response until the test opens the gate, and counts requests.</summary>
internal sealed class GatedTokenHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _requests;

    public int RequestCount => Volatile.Read(ref _requests);

    public Task FirstRequestArrived => _firstRequest.Task;

    public void Open() => _gate.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int n = Interlocked.Increment(ref _requests);
        _firstRequest.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(PipelineTestSupport.TokenJson($"gated-token-{n}", 1800), System.Text.Encoding.UTF8, "application/json"),
        };
    }
}

internal static class TokenProviderExtensions
{
    public static IAccessTokenProvider TokenProvider(this IServiceProvider provider) =>
        provider.GetRequiredService<IAccessTokenProvider>();
}
