// A customer's application in a few lines: the SDK and its emulator from the packed packages, configured from
// IConfiguration, validated at start-up, one customer onboarded by the emulator and one candidate synced.
using LinkedInRsc;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

await using LinkedInRscEmulator emulator = LinkedInRscEmulator.CreateInMemory();
await emulator.AddCustomerAsync("acme", AccessLevel.Contract);

HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LinkedInRsc:Sync:BatchSize"] = "50" });
builder.Services.AddLinkedInRsc(builder.Configuration.GetSection(LinkedInRscDefaults.ConfigurationSectionName)).UseEmulator(emulator);
using IHost host = builder.Build();
await host.StartAsync();   // runs the options' start-up validation

ICustomerClient acme = await host.Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme");
CustomerStatus status = await acme.Integrations.GetStatusAsync();
BatchResult<string> synced = await acme.Candidates.UpsertAsync(
[
    new AtsCandidate
    {
        AtsCandidateId = "C1",
        AtsCreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        AtsLastModifiedAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
        FirstName = "Ada",
        LastName = "Lovelace",
        EmailAddresses = ["ada@example.com"],
        PhoneNumbers = [],
        Addresses = [],
    },
]);
await host.StopAsync();

bool ok = status.State == OnboardingState.Enabled && status.AccessLevel == AccessLevel.Contract && synced.IsSuccess;
Console.WriteLine($"consumer: {status.State} at {status.AccessLevel}, {synced.Results.Count} candidate synced: {(ok ? "ok" : "FAILED")}");
return ok ? 0 : 1;
