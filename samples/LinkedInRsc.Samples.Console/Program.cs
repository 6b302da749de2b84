// The LinkedInRsc console sample: onboards two customers of an ATS against the RSC emulator (a fake LinkedIn that
// runs in this process over real HTTP), so it needs no LinkedIn account, then runs Acme's historical sync (jobs,
// candidates, applications with their stage history) for the In-ATS indicator. Every step prints what it did.
//
//   dotnet run --project samples/LinkedInRsc.Samples.Console
using System.Net;
using LinkedInRsc;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Jobs;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// 1. A fake LinkedIn. The ATS's callback endpoint is stood in for by a handler that accepts every push.
await using LinkedInRscEmulator emulator = await LinkedInRscEmulator.StartAsync(new EmulatorOptions
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
var workflow = provider.GetRequiredService<OnboardingWorkflow>();
var clients = provider.GetRequiredService<ICustomerClientFactory>();

// 3. Onboard two customers: Acme gets company-level access, Globex contract-level access.
foreach ((string id, AccessLevel level) in new[] { ("acme", AccessLevel.Company), ("globex", AccessLevel.Contract) })
{
    Console.WriteLine();
    Console.WriteLine($"== Customer '{id}'");
    var request = new OnboardingRequest
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
    Customer recorded = await workflow.RecordWidgetCallbackAsync(id, OnboardingWidget.ParseCallback(widgetCallback));
    Console.WriteLine($"  widget callback recorded: {recorded.Organization}, contracts {string.Join(", ", recorded.Contracts.Select(c => c.Urn))}");

    Print(await workflow.RunAsync(request));

    // The LinkedIn admin turns the integration on in Recruiter; LinkedIn pushes INTEGRATION_STATUS_CHANGE.
    EmulatorIntegrationChange change = await emulator.EnableIntegrationsAsync(id, level);
    ICustomerClient client = await clients.ForCustomerAsync(id);
    IntegrationStatusChange pushed = await client.Integrations.GetStatusChangeAsync(change.RequestId);
    Console.WriteLine($"  push {change.RequestId}: {string.Join(", ", pushed.Integrations.Select(i => $"{i.Type}={i.Status}"))}");
    CustomerStatus status = await client.Integrations.GetStatusAsync();
    Console.WriteLine($"  status: {status.State} at {status.AccessLevel} level; features: {status.Features}");
}

// 4. Gating: InMail history needs contract level, so it is refused for Acme before any request is sent.
ICustomerClient acme = await clients.ForCustomerAsync("acme");
try
{
    acme.EnsureAllowed(Features.InMailHistory);
}
catch (FeatureNotEnabledException ex)
{
    Console.WriteLine();
    Console.WriteLine($"Gating works: {ex.Message}");
}

// 5. Acme's historical sync: two jobs, then 250 candidates with one application each. Every 25th candidate never moved
//    past the Prospect stage (not synced, reported as skipped); one has a malformed e-mail (reported, the rest land).
Console.WriteLine();
Console.WriteLine("== Historical sync for 'acme'");
emulator.SetJobPostingProcessingTime(TimeSpan.FromSeconds(1));
ISyncEngine engine = provider.GetRequiredService<ISyncEngineFactory>().Create(
    acme,
    new SyncOptions { JobTaskPollInterval = TimeSpan.FromSeconds(2) }); // LinkedIn advises 5 minutes; the emulator is quick
DateTimeOffset now = DateTimeOffset.UtcNow;
SyncReport report = await engine.SyncAsync(
    new SyncRequest
    {
        SyncId = "acme-historical",
        Jobs = AsStream(["J1", "J2"], id => new JobRecord(new AtsJobPosting
        {
            ExternalJobPostingId = id,
            Title = "Engineer " + id,
            Description = "Builds things.",
            CompanyApplyUrl = new Uri("https://ats.example/jobs/" + id),
            ListedAt = now.AddDays(-30),
            State = JobPostingState.Listed,
            Location = "Sunnyvale, CA",
        })),
        Candidates = AsStream(Enumerable.Range(1, 250), i => Candidate(i, now)),
    },
    new Progress<SyncProgress>(p => Console.WriteLine($"  {p.Stage} {p.Position}: {p.Synced} synced, {p.Skipped} skipped, {p.Failed} failed")));
foreach ((SyncEntityKind kind, SyncCounts counts) in report.ByKind)
{
    Console.WriteLine($"  {kind,-18} {counts}");
}

foreach (IGrouping<SyncReason, SyncIssue> reason in report.Issues.GroupBy(i => i.Reason))
{
    Console.WriteLine($"  {reason.Key}: {reason.Count()} (first: {reason.First().Kind} {reason.First().Key}{(reason.First().Field is { } f ? ", field " + f : string.Empty)})");
}

Console.WriteLine($"  LinkedIn now holds {emulator.GetSyncedData(acme.Customer.Organization!.Value).Candidates.Count} of Acme's candidates.");

Console.WriteLine();
Console.WriteLine($"Done: the emulator answered {emulator.Journal.Entries.Count} API requests.");

static CandidateRecord Candidate(int i, DateTimeOffset now)
{
    string id = "C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    string applicationId = "A" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
    string[] stages = i % 25 == 0 ? ["Prospect"] : ["Prospect", "Phone Screen", "Onsite Interview"];
    return new CandidateRecord
    {
        Candidate = new AtsCandidate
        {
            AtsCandidateId = id,
            AtsCreatedAt = now.AddDays(-20),
            AtsLastModifiedAt = now.AddDays(-1),
            FirstName = "Candidate",
            LastName = id,
            EmailAddresses = [i == 7 ? "not-an-email" : id.ToLowerInvariant() + "@example.com"],
            PhoneNumbers = [],
            Addresses = [],
        },
        Applications =
        [
            new ApplicationRecord
            {
                Application = new AtsApplication
                {
                    AtsJobApplicationId = applicationId,
                    AtsCandidateId = id,
                    AtsJobPostingId = i % 2 == 0 ? "J1" : "J2",
                    AtsJobPostingName = "Engineer",
                    AtsCreatedAt = now.AddDays(-19),
                    AtsLastModifiedAt = now.AddDays(-2),
                    FirstName = "Candidate",
                    LastName = id,
                },
                Stages = [.. stages.Select((stage, n) => new AtsApplicationStage
                {
                    AtsJobApplicationId = applicationId,
                    StageId = "S" + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Stage = stage,
                    AtsCreatedAt = now.AddDays(-19 + n),
                })],
            },
        ],
    };
}

static async IAsyncEnumerable<TOut> AsStream<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map)
{
    foreach (TIn item in items)
    {
        yield return map(item);
    }

    await Task.CompletedTask;
}

static void Print(OnboardingReport report)
{
    foreach (OnboardingStep step in report.Steps)
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
