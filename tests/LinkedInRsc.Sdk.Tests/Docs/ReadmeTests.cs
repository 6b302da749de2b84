using System.Runtime.CompilerServices;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Jobs;
using LinkedInRsc.Onboarding;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Docs;

/// <summary>
/// The README's code, run: each block is a <c>// snippet:</c> region here, shown word for word in README.md (the
/// DocsSnippetConventionTests hold the two together). What the README leaves to the reader (the widget's JSON, the
/// ATS's data) is set up around the regions, against the emulator on a fake clock.
/// </summary>
[TestFixture]
public sealed class ReadmeTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartAsync(FrontEnd.InMemory);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Readme_OnboardAndWorkForACustomer_CompletesAgainstTheEmulator()
    {
        using IHost host = await StartHostAsync();
        IServiceProvider provider = host.Services;

        // snippet: readme-onboard-provision
        var workflow = provider.GetRequiredService<OnboardingWorkflow>();
        var request = new OnboardingRequest
        {
            CustomerId = "acme",                       // your id; LinkedIn's uniqueForeignId
            ApplicationName = "Our ATS - Acme",        // <= 50 characters, no "LinkedIn"
            DisplayName = "Acme",
            CallbackUrl = new Uri("https://ats.example/linkedin/acme/callback"),   // HTTPS, unique per customer
            JsSdkDomains = ["https://acme.ats.example"],
        };
        OnboardingReport report = await workflow.RunAsync(request);   // provisions the child application
        // end snippet
        Assert.That(report.Steps[0].Outcome, Is.EqualTo(OnboardingStepOutcome.Succeeded), report.Steps[0].Detail);

        // LinkedIn's side: the admin connects with seats on two contracts and chooses the second.
        EmulatedCustomer connected = await _h.Emulator.ConnectAdminAsync("acme", contractUrns: [ContractUrn.FromId(9001), ContractUrn.FromId(9002)]);
        string jsonFromTheWidgetCallback = $$"""
            [{"integrationContext":"{{connected.OrganizationUrn}}","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED"},
             {"integrationContext":"urn:li:contract:9001","integrationType":"CSA_API","onboardingStatus":"REQUESTED"},
             {"integrationContext":"urn:li:contract:9002","integrationType":"CSA_API","onboardingStatus":"REQUESTED"}]
            """;
        ContractUrn chosenContract = ContractUrn.FromId(9002);

        // snippet: readme-onboard-widget
        Customer customer = (await provider.GetRequiredService<ICustomerDirectory>().FindAsync("acme"))!;
        string html = OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = customer.Credentials!.ClientId, CallbackFunctionName = "onIntegrate" });

        // ... your page shows html to the customer's LinkedIn admin, then posts the widget callback's JSON back to you:
        OnboardingWidgetResult widget = OnboardingWidget.ParseCallback(jsonFromTheWidgetCallback);
        await workflow.RecordWidgetCallbackAsync("acme", widget, chosenContract);   // the contract the admin chose; null for all
        report = await workflow.RunAsync(request);   // names the integrations, sets CALLBACK_URL and viewers, verifies
        // end snippet
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain(customer.Credentials.ClientId).And.Contain("onIntegrate"));
            Assert.That(report.Completed, Is.True, string.Join("; ", report.Steps));
            Assert.That(report.Status!.State, Is.EqualTo(OnboardingState.PartnerReady));
        });

        await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract, chosenContract);   // the admin turns it on in Recruiter

        // snippet: readme-customer
        ICustomerClient acme = await provider.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme");
        CustomerStatus status = await acme.Integrations.GetStatusAsync();   // NotConnected → Requested → PartnerReady → Enabled / Disabled
        // end snippet
        Assert.Multiple(() =>
        {
            Assert.That(status.State, Is.EqualTo(OnboardingState.Enabled));
            Assert.That(status.AccessLevel, Is.EqualTo(AccessLevel.Contract));
            Assert.That(acme.Customer.Contracts.Select(c => c.Urn), Is.EqualTo(new[] { chosenContract }), "only the chosen contract is connected");
        });
    }

    [Test]
    public async Task Readme_SyncEngine_AccountsForEveryRecordAgainstTheEmulator()
    {
        using IHost host = await StartHostAsync(builder =>
        {
            // snippet: readme-sync-register
            // Optional, before or after AddLinkedInRsc: quotas and sync settings (also bound from LinkedInRsc:Quota and
            // LinkedInRsc:Sync), a durable checkpoint store and your own Prospect rule.
            builder.Services.Configure<QuotaOptions>(q => q.RecordsPerMinute = 10_000);
            builder.Services.AddSingleton<ISyncCheckpointStore, InMemorySyncCheckpointStore>();         // yours: durable
            builder.Services.AddSingleton<IProspectStageProvider>(ProspectStageNameProvider.Instance);  // yours: your stage model
            // end snippet
        });
        IServiceProvider provider = host.Services;
        await _h.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        ICustomerClient acme = await provider.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme");

        // The engine waits for job-posting tasks (five minutes between looks): the fake clock follows those waits.
        await using IAsyncDisposable clock = _h.FollowShortWaits(TimeSpan.FromMinutes(5));

        // snippet: readme-sync-run
        ISyncEngine engine = provider.GetRequiredService<ISyncEngineFactory>().Create(acme);
        SyncReport report = await engine.SyncAsync(new SyncRequest
        {
            SyncId = "acme-historical-2026-11",        // the same id resumes a killed run after its last acknowledged batch
            Jobs = ReadJobsAsync(),                    // IAsyncEnumerable<JobRecord>, jobs before the applications that name them
            Candidates = ReadCandidatesAsync(),        // IAsyncEnumerable<CandidateRecord>: candidate, notes, applications
        },                                             // with their stage history, notes and interview feedback
        progress: new Progress<SyncProgress>(p => Console.WriteLine($"{p.Stage} {p.Position}: {p.RecordsPerMinute:F0}/min")));

        // report.Totals.Synced + Skipped + Failed == every record you handed in; report.Issues says why for each one not synced.
        // end snippet
        Assert.Multiple(() =>
        {
            Assert.That(report.Totals.Synced + report.Totals.Skipped + report.Totals.Failed, Is.EqualTo(report.Totals.Input));
            Assert.That(report.Totals, Is.EqualTo(new SyncCounts { Input = 5, Synced = 4, Skipped = 1 }), string.Join("; ", report.Issues));
            Assert.That(report.Issues.Single().Reason, Is.EqualTo(SyncReason.ProspectOnly));
            Assert.That(_h.Emulator.GetSyncedData(acme.Customer.Organization!.Value).Applications.Single().AtsJobApplicationId, Is.EqualTo("A1"));
        });
    }

    [Test]
    public async Task Readme_TestingWithTheEmulator_GivesACustomerClientInOneCall()
    {
        var services = new ServiceCollection();

        // snippet: readme-emulator
        await using LinkedInRscEmulator emulator = LinkedInRscEmulator.CreateInMemory();   // or StartAsync(): real HTTP on 127.0.0.1
        await emulator.AddCustomerAsync("acme", AccessLevel.Contract);                      // provisioned, connected, enabled
        services.AddLinkedInRsc(o => { }).UseEmulator(emulator);                            // addresses, credentials, handlers, directory
        await using ServiceProvider provider = services.BuildServiceProvider();
        ICustomerClient acme = await provider.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme");
        // end snippet

        await acme.Candidates.UpsertAsync([Candidate("C1")]);

        // snippet: readme-restli
        RestLiValue key = RestLiValue.RecordOf(("atsCandidateId", "C1"), ("dataProvider", "ATS"), ("integrationContext", acme.Customer.Organization!.Value.ToString()));
        RestLiResponse response = await acme.GetRestLiClient().SendAsync(RestLiRequest.BatchGet("atsCandidates", [key]));
        // end snippet

        Assert.Multiple(() =>
        {
            Assert.That(acme.Customer.AccessLevel, Is.EqualTo(AccessLevel.Contract));
            Assert.That(response.ReadBatchResult().Results.Single().Outcome, Is.EqualTo(RestLiOutcome.Succeeded));
        });
    }

    private static async IAsyncEnumerable<JobRecord> ReadJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield return new JobRecord(Job("J1"));
    }

    private static async IAsyncEnumerable<CandidateRecord> ReadCandidatesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield return new CandidateRecord
        {
            Candidate = Candidate("C1"),
            Applications = [new ApplicationRecord { Application = Application("A1", "C1", "J1"), Stages = [Stage("A1", "S1")] }],
        };
        yield return new CandidateRecord { Candidate = Candidate("C2") };   // never past Prospect: skipped
    }

    /// <summary>
    /// A generic host as an ATS has one, with the README's registration, pointed at the emulator on the fake clock; HTTP
    /// timeouts long enough for a clock that jumps while requests are in flight.
    /// </summary>
    private async Task<IHost> StartHostAsync(Action<HostApplicationBuilder>? configure = null)
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LinkedInRsc:AttemptTimeout"] = "00:10:00",
            ["LinkedInRsc:TotalTimeout"] = "01:00:00",
        });
        builder.Services.AddSingleton<TimeProvider>(_h.Time);

        // snippet: readme-add
        builder.Services.AddLinkedInRsc(builder.Configuration.GetSection("LinkedInRsc"));   // or AddLinkedInRsc(o => { ... })
        // end snippet

        builder.Services.AddLinkedInRsc(_ => { }).UseEmulator(_h.Emulator);
        configure?.Invoke(builder);
        IHost host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
