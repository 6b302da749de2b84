using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace LinkedInRsc.Telemetry;

/// <summary>
/// The one <see cref="ActivitySource"/> and <see cref="Meter"/> of the SDK, both named <c>LinkedInRsc</c>, and the
/// instruments of the HTTP pipeline, the token cache and the quota limiter (the sync engine's own are in
/// <c>SyncTelemetry</c>). Names and attributes follow OpenTelemetry's HTTP client conventions where they apply;
/// every tag is low-cardinality and none carries customer data (no ids, URNs, keys, query strings or client ids).
/// docs/telemetry.md lists them.
/// </summary>
internal static class SdkTelemetry
{
    public const string Name = "LinkedInRsc";

    private static readonly string? Version = typeof(SdkTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource Source = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Each request sent to LinkedIn (every attempt), like <c>http.client.request.duration</c> with the Rest.li resource and method.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "linkedinrsc.client.request.duration", "s", "Duration of each HTTP request the SDK sent to LinkedIn (every attempt).");

    /// <summary>Requests sent again after a failed attempt (a transient failure, or a 401 answered with a new token).</summary>
    public static readonly Counter<long> Resends = Meter.CreateCounter<long>(
        "linkedinrsc.client.request.resends", "{request}", "HTTP requests the SDK sent again after a failed attempt.");

    /// <summary>HTTP 429 answers from LinkedIn.</summary>
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "linkedinrsc.client.throttled", "{response}", "HTTP 429 (too many requests) answers from LinkedIn.");

    /// <summary>Access tokens requested from LinkedIn's token endpoint, by why and with what outcome.</summary>
    public static readonly Counter<long> TokenRequests = Meter.CreateCounter<long>(
        "linkedinrsc.token.requests", "{request}", "Access tokens requested from LinkedIn, by reason and outcome.");

    /// <summary>Time spent waiting for the customer application's quota before a request could be sent.</summary>
    public static readonly Histogram<double> QuotaWaitDuration = Meter.CreateHistogram<double>(
        "linkedinrsc.quota.wait.duration", "s", "Time a request waited for the customer application's LinkedIn quota.");

    // Attribute names (OpenTelemetry's where one exists).
    public const string HttpRequestMethod = "http.request.method";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string HttpRequestResendCount = "http.request.resend_count";
    public const string ErrorType = "error.type";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string UrlFull = "url.full";
    public const string UrlTemplate = "url.template";
    public const string RestLiMethod = "linkedinrsc.restli.method";
    public const string TokenReason = "linkedinrsc.token.reason";
    public const string QuotaLimit = "linkedinrsc.quota.limit";
}
