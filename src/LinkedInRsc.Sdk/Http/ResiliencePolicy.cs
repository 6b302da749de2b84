using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace LinkedInRsc.Http;

/// <summary>
/// How the SDK's standard resilience pipeline is set up from <see cref="LinkedInRscOptions"/>: timeouts, retry count
/// and delay, and which requests may be retried at all.
/// </summary>
internal static class ResiliencePolicy
{
    /// <summary>The header Rest.li query tunneling uses to carry the real verb of a long GET/PUT/DELETE sent as POST.</summary>
    public const string MethodOverrideHeader = "X-HTTP-Method-Override";

    private static readonly TimeSpan MinimumSamplingDuration = TimeSpan.FromSeconds(30);

    public static void Apply(HttpStandardResilienceOptions resilience, LinkedInRscOptions options)
    {
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;

        // The circuit breaker must sample at least two attempt timeouts (a rule of the standard pipeline).
        TimeSpan sampling = options.AttemptTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = sampling > MinimumSamplingDuration ? sampling : MinimumSamplingDuration;

        bool retriesEnabled = options.MaxRetryAttempts > 0;
        resilience.Retry.MaxRetryAttempts = retriesEnabled ? options.MaxRetryAttempts : 1;
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.ShouldRetryAfterHeader = true;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
            retriesEnabled
            && IsRetryable(args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage())
            && HttpClientResiliencePredicates.IsTransient(args.Outcome));
    }

    /// <summary>
    /// Whether a request may be sent again after a transient failure: GET, HEAD, PUT and DELETE are idempotent; a POST
    /// is not (a retried job creation could create the job twice) unless it is a Rest.li tunneled GET/PUT/DELETE,
    /// marked by <c>X-HTTP-Method-Override</c>.
    /// </summary>
    public static bool IsRetryable(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        HttpMethod method = request.Method;
        if (method == HttpMethod.Post
            && request.Headers.TryGetValues(MethodOverrideHeader, out IEnumerable<string>? values)
            && values.FirstOrDefault() is { } overridden)
        {
            method = new HttpMethod(overridden.Trim());
        }

        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
            || method == HttpMethod.Delete || method == HttpMethod.Options;
    }
}
