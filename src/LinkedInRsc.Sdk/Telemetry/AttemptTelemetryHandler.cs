using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInRsc.Telemetry;

/// <summary>
/// The innermost handler of the SDK's clients: one <c>CLIENT</c> activity and one duration measurement per request
/// sent over the wire, as OpenTelemetry's HTTP client conventions ask for each attempt, with
/// <c>http.request.resend_count</c> on a resend (after a transient failure retried by the resilience pipeline, or a
/// 401 answered with a new token); counts resends and 429 answers. The address is reported as a template
/// (<see cref="UrlTemplate"/>): keys and query strings are customer data and are never recorded.
/// </summary>
internal sealed class AttemptTelemetryHandler(TimeProvider time, ILogger<AttemptTelemetryHandler>? logger = null) : DelegatingHandler
{
    /// <summary>The attempts so far of one request message (the resilience pipeline resends the same message).</summary>
    private static readonly HttpRequestOptionsKey<Attempts> AttemptsKey = new("LinkedInRsc.Telemetry.Attempts");

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Uri uri = request.RequestUri!;
        string method = KnownMethod(request.Method);
        string template = UrlTemplate.Of(uri);
        string? restLiMethod = request.Headers.TryGetValues("X-RestLi-Method", out IEnumerable<string>? values) ? values.FirstOrDefault()?.ToUpperInvariant() : null;

        if (!request.Options.TryGetValue(AttemptsKey, out Attempts? attempts))
        {
            attempts = new Attempts();
            request.Options.Set(AttemptsKey, attempts);
        }

        int resend = attempts.Sent++;
        var tags = new TagList
        {
            { SdkTelemetry.HttpRequestMethod, method },
            { SdkTelemetry.UrlTemplate, template },
            { SdkTelemetry.ServerAddress, uri.Host },
            { SdkTelemetry.ServerPort, uri.Port },
        };
        if (restLiMethod is not null)
        {
            tags.Add(SdkTelemetry.RestLiMethod, restLiMethod);
        }

        if (resend > 0)
        {
            SdkTelemetry.Resends.Add(1, Without(tags, SdkTelemetry.ServerPort, SdkTelemetry.ServerAddress, (SdkTelemetry.ErrorType, attempts.LastError ?? "_OTHER")));
            TelemetryLog.RequestResent(_logger, method, template, resend, attempts.LastError ?? "_OTHER");
        }

        using Activity? activity = SdkTelemetry.Source.StartActivity(method + " " + template, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                activity.SetTag(tag.Key, tag.Value);
            }

            activity.SetTag(SdkTelemetry.UrlFull, UrlTemplate.Redacted(uri));
            if (resend > 0)
            {
                activity.SetTag(SdkTelemetry.HttpRequestResendCount, resend);
            }
        }

        long started = time.GetTimestamp();
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            tags.Add(SdkTelemetry.HttpResponseStatusCode, status);
            activity?.SetTag(SdkTelemetry.HttpResponseStatusCode, status);
            if (status >= 400)
            {
                string errorType = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                attempts.LastError = errorType;
                tags.Add(SdkTelemetry.ErrorType, errorType);
                activity?.SetTag(SdkTelemetry.ErrorType, errorType);
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                SdkTelemetry.Throttled.Add(1, Without(tags, SdkTelemetry.ServerPort, SdkTelemetry.ServerAddress));
                TelemetryLog.Throttled(_logger, method, template);
            }

            return response;
        }
        catch (Exception ex)
        {
            string errorType = cancellationToken.IsCancellationRequested ? "cancelled"
                : ex is TaskCanceledException or TimeoutException ? "timeout"
                : ex.GetType().FullName ?? "_OTHER";
            attempts.LastError = errorType;
            tags.Add(SdkTelemetry.ErrorType, errorType);
            activity?.SetTag(SdkTelemetry.ErrorType, errorType);
            activity?.SetStatus(ActivityStatusCode.Error);
            throw;
        }
        finally
        {
            SdkTelemetry.RequestDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>The method as OpenTelemetry names it: a standard one as is, anything else <c>_OTHER</c>.</summary>
    private static string KnownMethod(HttpMethod method) => method.Method switch
    {
        "GET" or "POST" or "PUT" or "DELETE" or "PATCH" or "HEAD" or "OPTIONS" or "TRACE" or "CONNECT" => method.Method,
        _ => "_OTHER",
    };

    private static TagList Without(TagList tags, string first, string second, (string Key, object? Value)? add = null)
    {
        var copy = default(TagList);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            if (tag.Key != first && tag.Key != second)
            {
                copy.Add(tag);
            }
        }

        if (add is { } extra)
        {
            copy.Add(extra.Key, extra.Value);
        }

        return copy;
    }

    private sealed class Attempts
    {
        public int Sent { get; set; }

        public string? LastError { get; set; }
    }
}
