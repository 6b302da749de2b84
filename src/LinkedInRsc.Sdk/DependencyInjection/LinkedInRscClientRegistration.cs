using LinkedInRsc;
using LinkedInRsc.Configuration.Internal;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Notifications;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Provisioning;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sync;
using LinkedInRsc.Wire;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the clients and workflows that sit on the HTTP pipeline.</summary>
internal static class LinkedInRscClientRegistration
{
    public static void AddClients(IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            LinkedInRscOptions options = sp.GetRequiredService<IOptions<LinkedInRscOptions>>().Value;
            return new RestLiClient(
                sp.GetRequiredService<IHttpClientFactory>(),
                LinkedInRscDefaults.HttpClientName,
                new RestLiClientOptions
                {
                    ProtocolVersion = options.RestLiProtocolVersion,
                    LinkedInVersion = options.ApiFlavor == ApiFlavor.Versioned ? options.LinkedInVersion : null,
                });
        });
        services.TryAddSingleton(sp => WireMap.FromOptions(sp.GetRequiredService<IOptions<LinkedInRscOptions>>().Value));
        services.TryAddSingleton(sp => new WireMappedRestLiClient(sp.GetRequiredService<RestLiClient>(), sp.GetRequiredService<WireMap>()));
        services.TryAddSingleton<ICustomerDirectory, InMemoryCustomerDirectory>();
        services.TryAddSingleton(sp => new CustomerRecords(sp.GetRequiredService<ICustomerDirectory>()));
        services.TryAddSingleton<IProvisioningClient, ProvisioningClient>();
        services.TryAddSingleton<ICustomerClientFactory, CustomerClientFactory>();
        services.TryAddSingleton<OnboardingWorkflow>();

        // ATS → LinkedIn sync: engines are created per customer-scoped client by the factory; hosts replace the
        // checkpoint store with a durable one so that a restarted process resumes.
        services.AddOptionsWithValidateOnStart<SyncOptions, SyncOptionsValidator>();
        services.AddOptionsWithValidateOnStart<QuotaOptions, QuotaOptionsValidator>();
        services.TryAddSingleton<IProspectStageProvider>(ProspectStageNameProvider.Instance);
        services.TryAddSingleton<ISyncCheckpointStore, InMemorySyncCheckpointStore>();
        services.TryAddSingleton<ISyncEngineFactory, SyncEngineFactory>();

        // LinkedIn → ATS: pushes to the callback URL, 1-click exports, purged profiles. The host registers its
        // IExportHandler (and optionally IIntegrationStatusHandler, IUnknownPushHandler, IPurgedCandidateHandler);
        // a host with several instances replaces the de-duplication store with a shared one.
        services.AddOptions<PushOptions>();
        services.AddOptions<PurgedCandidatesCheckOptions>();
        services.TryAddSingleton<IPushDeduplicationStore>(sp => new InMemoryPushDeduplicationStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new PushProcessor(
            sp.GetRequiredService<ICustomerClientFactory>(),
            sp.GetRequiredService<CustomerRecords>(),
            sp.GetRequiredService<IPushDeduplicationStore>(),
            sp.GetRequiredService<IOptionsMonitor<PushOptions>>(),
            sp.GetService<IExportHandler>(),
            sp.GetService<IIntegrationStatusHandler>(),
            sp.GetService<IUnknownPushHandler>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PushProcessor>>()));
        // LinkedIn → ATS recruiter activity: the typed client's quotas; the poller and hosted service come with AddRecruiterActivity.
        RecruiterActivityRegistration.AddClientParts(services);
    }
}
