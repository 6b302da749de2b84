using LinkedInRsc.RecruiterActivity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the recruiter-activity parts: the client's quotas always, the poller and its hosted service on request.</summary>
internal static class RecruiterActivityRegistration
{
    /// <summary>What the typed <see cref="IRecruiterActivityClient"/> needs (registered by <c>AddLinkedInRsc</c>).</summary>
    public static void AddClientParts(IServiceCollection services)
    {
        services.AddOptions<RecruiterActivityOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecruiterActivityOptions>, RecruiterActivityOptionsValidator>());
        services.TryAddSingleton<RecruiterActivityQuotas>();
    }

    /// <summary>The poller, its default checkpoint store and the hosted service (registered by <c>AddRecruiterActivity</c>).</summary>
    public static void AddPolling(IServiceCollection services)
    {
        services.AddOptions<RecruiterActivityOptions>().ValidateOnStart();
        services.TryAddSingleton<IRecruiterActivityCheckpointStore, InMemoryRecruiterActivityCheckpointStore>();
        services.TryAddSingleton<RecruiterActivityPoller>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, RecruiterActivityService>());
    }
}
