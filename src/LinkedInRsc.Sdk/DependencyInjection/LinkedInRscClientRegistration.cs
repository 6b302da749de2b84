using LinkedInRsc;
using LinkedInRsc.Customers;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Provisioning;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the clients and workflows that sit on the HTTP pipeline.</summary>
internal static class LinkedInRscClientRegistration
{
    public static void AddClients(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new RestLiClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            LinkedInRscDefaults.HttpClientName,
            new RestLiClientOptions { ProtocolVersion = sp.GetRequiredService<IOptions<LinkedInRscOptions>>().Value.RestLiProtocolVersion }));
        services.TryAddSingleton<ICustomerDirectory, InMemoryCustomerDirectory>();
        services.TryAddSingleton<IProvisioningClient, ProvisioningClient>();
        services.TryAddSingleton<ICustomerClientFactory, CustomerClientFactory>();
        services.TryAddSingleton<OnboardingWorkflow>();

        // ATS → LinkedIn sync: engines are created per customer-scoped client by the factory; hosts replace the
        // checkpoint store with a durable one so that a restarted process resumes.
        services.AddOptions<SyncOptions>();
        services.AddOptions<QuotaOptions>();
        services.TryAddSingleton<ISyncCheckpointStore, InMemorySyncCheckpointStore>();
        services.TryAddSingleton<ISyncEngineFactory, SyncEngineFactory>();
    }
}
