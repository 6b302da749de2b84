using LinkedInRsc;
using Microsoft.Extensions.Http.Resilience;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Further configuration of the LinkedIn RSC SDK on the builder <c>AddLinkedInRsc</c> returns.</summary>
public static class LinkedInRscBuilderExtensions
{
    /// <summary>The name of the options of the SDK client's standard resilience pipeline.</summary>
    internal const string ResiliencePipelineName = LinkedInRscDefaults.HttpClientName + "-standard";

    /// <summary>
    /// Tunes the standard resilience pipeline (rate limiter, timeouts, retry, circuit breaker) of the SDK's client.
    /// Runs after the SDK applied <see cref="LinkedInRscOptions"/>, so it can override any of it. Keep the retry's
    /// <c>ShouldHandle</c> unless you know LinkedIn deduplicates the POSTs you retry.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Changes the resilience options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ILinkedInRscBuilder ConfigureResilience(this ILinkedInRscBuilder builder, Action<HttpStandardResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(ResiliencePipelineName, configure);
        return builder;
    }
}
