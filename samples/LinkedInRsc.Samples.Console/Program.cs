// The LinkedInRsc console sample: onboards two customers of an ATS against the RSC emulator (a fake LinkedIn that
// runs in this process over real HTTP), so it needs no LinkedIn account. Every step prints what it did.
//
//   dotnet run --project samples/LinkedInRsc.Samples.Console
using System.Net;
using LinkedInRsc;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// 1. A fake LinkedIn. The ATS's callback endpoint is stood in for by a handler that accepts every push.
await using RscEmulator emulator = await RscEmulator.StartAsync(new RscEmulatorOptions
{
    ValidateCallbackUrls = false,
    PushHandler = new AcceptAllPushes(),
});
Console.WriteLine($"RSC emulator listening on {emulator.BaseAddress} (partner client id: {emulator.PartnerCredentials.ClientId})");

// 2. The SDK, registered the way an ATS registers it, pointed at the emulator with the partner credentials.
var services = new ServiceCollection();
services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
services.AddLinkedInRsc(options =>
{
    options.BaseAddress = emulator.BaseAddress;
    options.TokenEndpoint = emulator.TokenEndpoint;
    options.ClientId = emulator.PartnerCredentials.ClientId;
    options.ClientSecret = emulator.PartnerCredentials.ClientSecret;
});
await using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
var workflow = provider.GetRequiredService<RscOnboardingWorkflow>();
var clients = provider.GetRequiredService<IRscClientFactory>();

// 3. Onboard two customers: Acme gets company-level access, Globex contract-level access.
foreach ((string id, RscAccessLevel level) in new[] { ("acme", RscAccessLevel.Company), ("globex", RscAccessLevel.Contract) })
{
    Console.WriteLine();
    Console.WriteLine($"== Customer '{id}'");
    var request = new RscOnboardingRequest
    {
        CustomerId = id,
        ApplicationName = $"Sample ATS - {id}",
        DisplayName = id,
        CallbackUrl = new Uri($"https://ats.example/linkedin/{id}/callback"),
        JsSdkDomains = [$"https://{id}.ats.example"],
    };

    Print(await workflow.RunAsync(request));

    // The customer's LinkedIn admin connects in the onboarding widget; the widget's callback names the URNs.
    EmulatedCustomer connected = await emulator.ConnectAdminAsync(id);
    string widgetCallback = $$"""[{"integrationContext":"{{connected.OrganizationUrn}}","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED"},{"integrationContext":"{{connected.ContractUrn}}","integrationType":"CSA_API","onboardingStatus":"REQUESTED"}]""";
    RscCustomer recorded = await workflow.RecordWidgetCallbackAsync(id, OnboardingWidget.ParseCallback(widgetCallback));
    Console.WriteLine($"  widget callback recorded: {recorded.Organization}, contracts {string.Join(", ", recorded.Contracts.Select(c => c.Urn))}");

    Print(await workflow.RunAsync(request));

    // The LinkedIn admin turns the integration on in Recruiter; LinkedIn pushes INTEGRATION_STATUS_CHANGE.
    RscEmulatorIntegrationChange change = await emulator.EnableIntegrationsAsync(id, level);
    IRscCustomerClient client = await clients.ForCustomerAsync(id);
    RscIntegrationStatusChange pushed = await client.Integrations.GetStatusChangeAsync(change.RequestId);
    Console.WriteLine($"  push {change.RequestId}: {string.Join(", ", pushed.Integrations.Select(i => $"{i.Type}={i.Status}"))}");
    RscCustomerStatus status = await client.Integrations.GetStatusAsync();
    Console.WriteLine($"  status: {status.State} at {status.AccessLevel} level; features: {status.Features}");
}

// 4. Gating: InMail history needs contract level, so it is refused for Acme before any request is sent.
IRscCustomerClient acme = await clients.ForCustomerAsync("acme");
try
{
    acme.EnsureAllowed(RscFeatures.InMailHistory);
}
catch (RscFeatureNotEnabledException ex)
{
    Console.WriteLine();
    Console.WriteLine($"Gating works: {ex.Message}");
}

Console.WriteLine();
Console.WriteLine($"Done: the emulator answered {emulator.Journal.Entries.Count} API requests.");

static void Print(RscOnboardingReport report)
{
    foreach (RscOnboardingStep step in report.Steps)
    {
        Console.WriteLine($"  {step.Name,-28} {step.Outcome,-12} {step.Detail}");
    }
}

/// <summary>Stands in for the ATS's callback endpoint.</summary>
internal sealed class AcceptAllPushes : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
}
