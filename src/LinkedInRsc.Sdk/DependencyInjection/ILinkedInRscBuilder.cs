namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <c>AddLinkedInRsc</c> to configure the SDK further: add message handlers, replace the primary handler
/// (e.g. to route requests to the RSC emulator), or tune the resilience pipeline with
/// <see cref="LinkedInRscBuilderExtensions.ConfigureResilience"/>.
/// </summary>
public interface ILinkedInRscBuilder
{
    /// <summary>The service collection the SDK was added to.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// The builder of the named <see cref="HttpClient"/> that calls LinkedIn's APIs
    /// (<see cref="LinkedInRsc.LinkedInRscDefaults.HttpClientName"/>). Handlers added here run inside the resilience
    /// and authentication handlers, once per attempt.
    /// </summary>
    IHttpClientBuilder HttpClientBuilder { get; }

    /// <summary>
    /// The builder of the named <see cref="HttpClient"/> that calls LinkedIn's OAuth token endpoint
    /// (<see cref="LinkedInRsc.LinkedInRscDefaults.TokenHttpClientName"/>).
    /// </summary>
    IHttpClientBuilder TokenHttpClientBuilder { get; }
}
