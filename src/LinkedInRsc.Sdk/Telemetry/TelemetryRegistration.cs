using LinkedInRsc.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Wires the SDK's telemetry into its two HTTP clients.</summary>
internal static class TelemetryRegistration
{
    /// <summary>
    /// Adds <see cref="AttemptTelemetryHandler"/> as the innermost handler of the API client (inside resilience and
    /// authentication, so it sees every attempt) and of the token client, and lowers the standard resilience
    /// pipeline's own retry and attempt events from Warning to Debug: the SDK reports a resend itself, under its own category, at
    /// Information, and counts it in <c>linkedinrsc.client.request.resends</c>.
    /// </summary>
    public static void Add(IServiceCollection services, IHttpClientBuilder apiClient, IHttpClientBuilder tokenClient)
    {
        services.TryAddTransient<AttemptTelemetryHandler>();
        apiClient.AddHttpMessageHandler<AttemptTelemetryHandler>();
        tokenClient.AddHttpMessageHandler<AttemptTelemetryHandler>();
        services.PostConfigure<TelemetryOptions>(options =>
        {
            Func<SeverityProviderArguments, ResilienceEventSeverity>? previous = options.SeverityProvider;
            options.SeverityProvider = args =>
                args.Source.PipelineName == LinkedInRscBuilderExtensions.ResiliencePipelineName && args.Event.EventName is "OnRetry" or "ExecutionAttempt"
                    ? ResilienceEventSeverity.Debug
                    : previous?.Invoke(args) ?? args.Event.Severity;
        });
    }
}
