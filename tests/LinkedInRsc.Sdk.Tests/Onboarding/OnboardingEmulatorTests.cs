using System.Net;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Onboarding;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing;
using LinkedInRsc.Users;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Onboarding;

/// <summary>Onboarding end to end against the in-process emulator: two customers, one per access level.</summary>
[TestFixture(ApiMode.V2)]
[TestFixture(ApiMode.Versioned)]
public sealed class OnboardingEmulatorTests(ApiMode api)
{
    private EmulatorHarness _h = null!;
    private LinkedInRscEmulator _emulator = null!;
    private ServiceProvider _services = null!;
    private OnboardingWorkflow _workflow = null!;
    private ICustomerClientFactory _clients = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync(o => o.PushHandler = new AcceptingHandler(), api: api);
        _emulator = _h.Emulator;
        _services = _h.Services;
        _workflow = _services.GetRequiredService<OnboardingWorkflow>();
        _clients = _services.GetRequiredService<ICustomerClientFactory>();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private static OnboardingRequest Request(string id) => new()
    {
        CustomerId = id,
        ApplicationName = "Our ATS - " + id,
        DisplayName = id,
        CallbackUrl = new Uri($"https://ats.example/linkedin/{id}/callback"),
        JsSdkDomains = ["https://" + id + ".ats.example"],
        OAuthCallbackUrls = [new Uri($"https://{id}.ats.example/linkedin/oauth")],
    };

    private async Task<CustomerStatus> OnboardAsync(string id, AccessLevel level)
    {
        OnboardingReport first = await _workflow.RunAsync(Request(id));
        Assert.That(first.Steps[0].Outcome, Is.EqualTo(OnboardingStepOutcome.Succeeded), first.Steps[0].Detail);
        Assert.That(first.Steps.Skip(1).Select(s => s.Outcome), Is.All.EqualTo(OnboardingStepOutcome.Waiting));

        // The customer's LinkedIn admin connects through the onboarding widget; its callback tells the ATS the URNs.
        EmulatedCustomer connected = await _emulator.ConnectAdminAsync(id);
        string widgetJson = $$"""[{"integrationContext":"{{connected.OrganizationUrn}}","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED"},{"integrationContext":"{{connected.ContractUrn}}","integrationType":"CSA_API","onboardingStatus":"REQUESTED"}]""";
        await _workflow.RecordWidgetCallbackAsync(id, OnboardingWidget.ParseCallback(widgetJson));

        OnboardingReport second = await _workflow.RunAsync(Request(id));
        Assert.That(second.Completed, Is.True, string.Join("; ", second.Steps));
        Assert.That(second.Status!.State, Is.EqualTo(OnboardingState.PartnerReady));

        await _emulator.EnableIntegrationsAsync(id, level);
        ICustomerClient client = await _clients.ForCustomerAsync(id);
        return await client.Integrations.GetStatusAsync();
    }

    [Test]
    public async Task TwoCustomers_OnboardEndToEnd_StatusMovesToEnabledAtTheLevelGranted()
    {
        CustomerStatus acme = await OnboardAsync("acme", AccessLevel.Company);
        CustomerStatus globex = await OnboardAsync("globex", AccessLevel.Contract);

        ICustomerClient acmeClient = await _clients.ForCustomerAsync("acme");
        ICustomerClient globexClient = await _clients.ForCustomerAsync("globex");
        Assert.Multiple(() =>
        {
            Assert.That(acme.State, Is.EqualTo(OnboardingState.Enabled));
            Assert.That(acme.AccessLevel, Is.EqualTo(AccessLevel.Company));
            Assert.That(globex.State, Is.EqualTo(OnboardingState.Enabled));
            Assert.That(globex.AccessLevel, Is.EqualTo(AccessLevel.Contract));
            Assert.That(acmeClient.Customer.AccessLevel, Is.EqualTo(AccessLevel.Company), "the granted level is remembered in the directory");
            Assert.That(globexClient.Customer.Features.HasFlag(Features.InMailHistory), Is.True);
            Assert.That(_emulator.GetCustomer("acme").CallbackUrl, Is.EqualTo("https://ats.example/linkedin/acme/callback"));
        });
    }

    [Test]
    public async Task Onboarding_Journal_ShowsThePathsHeadersAndKeysOfTheApiMode()
    {
        await OnboardAsync("acme", AccessLevel.Company);

        bool versioned = api == ApiMode.Versioned;
        string integrations = ApiModes.PathOf(api, "atsIntegrations", "integrations");
        EmulatorJournalEntry named = _emulator.Journal.Entries.First(e => e.Path == integrations && e.RestLiMethod == RestLiMethod.BatchPartialUpdate);
        EmulatorJournalEntry read = _emulator.Journal.Entries.First(e => e.Path == integrations && e.RestLiMethod == RestLiMethod.BatchGet);
        Assert.Multiple(() =>
        {
            Assert.That(_emulator.Journal.For("/v2/provisionedApplications"), Is.Not.Empty, "provisioning stays on /v2 in both modes");
            Assert.That(_emulator.Journal.For("/rest/provisionedApplications"), Is.Empty);
            Assert.That(_emulator.Journal.For("/v2/atsIntegrations/").Where(e => e.Path.EndsWith("/configurations", StringComparison.Ordinal)), Is.Not.Empty, "configurations have no confirmed versioned form: /v2 in both modes");
            Assert.That(named.Query["ids"].AsList().Select(k => k.TryGetField("dataProvider", out _)), Is.All.EqualTo(!versioned), "rest/integrations keys carry no dataProvider");
            Assert.That(read.Headers.GetValueOrDefault("LinkedIn-Version"), Is.EqualTo(versioned ? ApiModes.Version : null));
            Assert.That(_emulator.Journal.For("/v2/").Select(e => e.Headers.ContainsKey("LinkedIn-Version")), Is.All.False, "no /v2 call carries a version");
        });
    }

    [Test]
    public async Task CompanyLevelCustomer_ContractLevelFeature_FailsFastWithoutARequest()
    {
        await OnboardAsync("acme", AccessLevel.Company);
        ICustomerClient client = await _clients.ForCustomerAsync("acme");
        int before = _emulator.Journal.Entries.Count;

        var ex = Assert.ThrowsAsync<FeatureNotEnabledException>(() => client.Users.FindSeatAsync(PersonUrn.FromId("someone")));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.GrantedLevel, Is.EqualTo(AccessLevel.Company));
            Assert.That(ex.Feature, Is.EqualTo(Features.RecruiterSeats));
            Assert.That(() => client.EnsureAllowed(Features.InMailHistory), Throws.TypeOf<FeatureNotEnabledException>());
            Assert.That(() => client.EnsureAllowed(Features.OneClickExport | Features.InAtsIndicator), Throws.Nothing);
            Assert.That(_emulator.Journal.Entries, Has.Count.EqualTo(before), "no request may be sent for a gated feature");
        });
    }

    [Test]
    public async Task ContractLevelCustomer_FindSeat_MapsAPersonToTheirActiveSeat()
    {
        await OnboardAsync("globex", AccessLevel.Contract);
        EmulatedCustomer globex = _emulator.GetCustomer("globex");
        EmulatedMember recruiter = await _emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Rita", LastName = "Recruiter" });
        EmulatedMember other = await _emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Otto", LastName = "Other" });
        for (int i = 0; i < 12; i++)
        {
            EmulatedMember filler = await _emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "F" + i, LastName = "Filler" });
            await _emulator.AddSeatAsync(globex.ContractUrns[0], filler.PersonUrn, "F" + i, "Filler");
        }

        EmulatedSeat seat = await _emulator.AddSeatAsync(globex.ContractUrns[0], recruiter.PersonUrn, "Rita", "Recruiter");
        await _emulator.AddSeatAsync(globex.ContractUrns[0], other.PersonUrn, "Otto", "Other", state: EmulatedSeatState.Inactive);
        ICustomerClient client = await _clients.ForCustomerAsync("globex");

        SeatUrn? found = await client.Users.FindSeatAsync(recruiter.PersonUrn);
        SeatUrn? inactive = await client.Users.FindSeatAsync(other.PersonUrn);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(seat.SeatUrn));
            Assert.That(inactive, Is.Null);
        });
    }

    [Test]
    public async Task UserConnection_ThreeLeggedFlow_YieldsPersonAndSeat()
    {
        await OnboardAsync("globex", AccessLevel.Contract);
        EmulatedCustomer globex = _emulator.GetCustomer("globex");
        EmulatedMember recruiter = await _emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Rita", LastName = "Recruiter" });
        EmulatedSeat seat = await _emulator.AddSeatAsync(globex.ContractUrns[0], recruiter.PersonUrn, "Rita", "Recruiter");
        ICustomerClient client = await _clients.ForCustomerAsync("globex");
        var redirect = new Uri("https://globex.ats.example/linkedin/oauth");
        const string State = "state-0123456789abcdef";

        // The user's browser goes to LinkedIn's authorization page and comes back with a code.
        _emulator.SignInMember(recruiter.PersonUrn);
        using HttpClient browser = _emulator.CreateHttpClient();
        using HttpResponseMessage page = await browser.GetAsync(client.Users.BuildAuthorizationUri(redirect, State));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Uri back = page.Headers.Location!;
        string code = Uri.UnescapeDataString(back.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("code=", StringComparison.Ordinal))[5..]);

        UserConnection connection = await client.Users.CompleteAsync(code, redirect);

        Assert.Multiple(() =>
        {
            Assert.That(back.GetLeftPart(UriPartial.Path), Is.EqualTo(redirect.AbsoluteUri));
            Assert.That(back.Query, Does.Contain("state=" + State));
            Assert.That(connection.Person, Is.EqualTo(recruiter.PersonUrn));
            Assert.That(connection.Seat, Is.EqualTo(seat.SeatUrn));
        });
        Assert.That(async () => await client.Users.CompleteAsync(code, redirect),
            Throws.TypeOf<LinkedInRscException>().With.Property(nameof(LinkedInRscException.StatusCode)).EqualTo(HttpStatusCode.BadRequest),
            "a code is single-use");
    }

    [Test]
    public async Task UserConnection_CompanyLevelCustomer_GetsPersonWithoutSeatLookup()
    {
        await OnboardAsync("acme", AccessLevel.Company);
        ICustomerClient client = await _clients.ForCustomerAsync("acme");
        EmulatedMember member = await _emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Uma", LastName = "User" });
        var redirect = new Uri("https://acme.ats.example/linkedin/oauth");
        Uri back = _emulator.AuthorizeMember(client.Customer.Credentials!.ClientId, member.PersonUrn, redirect, "s");
        string code = Uri.UnescapeDataString(back.Query.TrimStart('?').Split('&')[0][5..]);
        _emulator.Journal.Clear();

        UserConnection connection = await client.Users.CompleteAsync(code, redirect);

        Assert.Multiple(() =>
        {
            Assert.That(connection.Person, Is.EqualTo(member.PersonUrn));
            Assert.That(connection.Seat, Is.Null);
            Assert.That(_emulator.Journal.For("/v2/seatsV2"), Is.Empty);
            Assert.That(() => _emulator.AuthorizeMember(client.Customer.Credentials!.ClientId, member.PersonUrn, new Uri("https://evil.example/cb")),
                Throws.ArgumentException.With.Message.Contains("oauth2AuthorizedCallbackUrls"));
        });
    }

    [Test]
    public async Task CustomerClients_SendOnlyTheirOwnToken_AndCannotReachAnotherCustomersData()
    {
        await OnboardAsync("acme", AccessLevel.Company);
        await OnboardAsync("globex", AccessLevel.Contract);
        ICustomerClient acme = await _clients.ForCustomerAsync("acme");
        string acmeClientId = acme.Customer.Credentials!.ClientId;
        _emulator.Journal.Clear();

        await acme.Integrations.GetIntegrationsAsync();
        await acme.Integrations.GetCallbackUrlAsync();

        // Even a hand-made call with acme's token on globex's organization is refused by LinkedIn (the emulator).
        Customer globex = (await _clients.ForCustomerAsync("globex")).Customer;
        RestLiClient restLi = _services.GetRequiredService<RestLiClient>();
        var foreign = RestLiRequest.BatchGet("atsIntegrations", [IntegrationsClient.Key(globex.Organization!.Value.ToString(), IntegrationType.OneClickExport)])
            with
        { Credentials = acme.Customer.Credentials, Api = ApiFlavor.V2 };
        RestLiResponse response = await restLi.SendAsync(foreign);

        Assert.Multiple(() =>
        {
            Assert.That(_emulator.Journal.For("/v2/").Concat(_emulator.Journal.For("/rest/")).Select(e => e.ClientId).Distinct(), Is.EqualTo(new[] { acmeClientId }));
            Assert.That(response.ReadBatchResult().Results.Single().Status, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task RecordWidgetCallbackAsync_AdminChoseOneOfTwoContracts_OnlyThatContractIsConnected()
    {
        ContractUrn first = ContractUrn.FromId(8001), chosen = ContractUrn.FromId(8002);
        await _workflow.RunAsync(Request("acme"));
        EmulatedCustomer connected = await _emulator.ConnectAdminAsync("acme", contractUrns: [first, chosen]);
        var widget = new OnboardingWidgetResult(connected.OrganizationUrn!.Value, [first, chosen], []);

        Customer recorded = await _workflow.RecordWidgetCallbackAsync("acme", widget, chosen);
        _emulator.Journal.Clear();
        OnboardingReport report = await _workflow.RunAsync(Request("acme"));
        string named = string.Join(" ", _emulator.Journal.For("/v2/atsIntegrations").Concat(_emulator.Journal.For("/rest/integrations")).Select(e => e.RawQuery));

        Assert.Multiple(() =>
        {
            Assert.That(recorded.Contracts.Select(c => c.Urn), Is.EqualTo(new[] { chosen }));
            Assert.That(report.Completed, Is.True, string.Join("; ", report.Steps));
            Assert.That(named, Does.Contain("8002").And.Not.Contain("8001"), "only the chosen contract's CSA_API integration is named");
        });
    }

    [Test]
    public async Task RecordWidgetCallbackAsync_ChosenContractNotReported_ThrowsAndRecordsNothing()
    {
        await _workflow.RunAsync(Request("acme"));
        EmulatedCustomer connected = await _emulator.ConnectAdminAsync("acme");
        var widget = new OnboardingWidgetResult(connected.OrganizationUrn!.Value, [connected.ContractUrns[0]], []);

        ArgumentException? ex = Assert.ThrowsAsync<ArgumentException>(() => _workflow.RecordWidgetCallbackAsync("acme", widget, ContractUrn.FromId(999)));

        Assert.Multiple(async () =>
        {
            Assert.That(ex!.ParamName, Is.EqualTo("contract"));
            Assert.That(ex.Message, Does.Contain("urn:li:contract:999").And.Contain(connected.ContractUrns[0].ToString()));
            Assert.That((await _services.GetRequiredService<ICustomerDirectory>().FindAsync("acme"))!.Organization, Is.Null);
        });
    }

    [Test]
    public async Task Workflow_FailureHalfWay_ReRunCompletesWithoutDuplicates()
    {
        await _workflow.RunAsync(Request("acme"));
        EmulatedCustomer connected = await _emulator.ConnectAdminAsync("acme");
        await _workflow.RecordWidgetCallbackAsync("acme", new OnboardingWidgetResult(
            connected.OrganizationUrn!.Value, [connected.ContractUrns[0]], []));
        _emulator.Faults.FailNext("/v2/atsIntegrations", statusCode: HttpStatusCode.BadRequest, count: 1, method: HttpMethod.Put);

        OnboardingReport failed = await _workflow.RunAsync(Request("acme"));
        OnboardingReport resumed = await _workflow.RunAsync(Request("acme"));

        Assert.Multiple(() =>
        {
            Assert.That(failed.Completed, Is.False);
            Assert.That(failed.Steps.Single(s => s.Name == OnboardingWorkflow.CallbackStep).Outcome, Is.EqualTo(OnboardingStepOutcome.Failed));
            Assert.That(failed.Steps.Single(s => s.Name == OnboardingWorkflow.VerifyStep).Outcome, Is.EqualTo(OnboardingStepOutcome.NotRun));
            Assert.That(resumed.Completed, Is.True, string.Join("; ", resumed.Steps));
            Assert.That(resumed.Steps[0].Outcome, Is.EqualTo(OnboardingStepOutcome.AlreadyDone));
            Assert.That(_emulator.Customers.Count(c => c.Id == "acme"), Is.EqualTo(1));
            Assert.That(_emulator.Journal.For("/v2/provisionedApplications").Count(e => e.Method == HttpMethod.Post), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Provision_ExistingCustomer_ReadsItBackInsteadOfFailing()
    {
        var provisioning = _services.GetRequiredService<Provisioning.IProvisioningClient>();
        var request = new Provisioning.ProvisionCustomerRequest { CustomerId = "acme", Name = "Our ATS - Acme" };

        Provisioning.ProvisionedApplication first = await provisioning.ProvisionAsync(request);
        Provisioning.ProvisionedApplication again = await provisioning.ProvisionAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(again.ApplicationUrn, Is.EqualTo(first.ApplicationUrn));
            Assert.That(again.Credentials, Is.EqualTo(first.Credentials));
            Assert.That(_emulator.Customers, Has.Count.EqualTo(1));
            Assert.That(first.ToString(), Does.Not.Contain(first.Credentials.ClientSecret));
        });
    }

    [Test]
    public async Task Provisioning_UpdatesDomainsAndCallbacks_AndRejectsBadInputBeforeSending()
    {
        var provisioning = _services.GetRequiredService<Provisioning.IProvisioningClient>();
        Provisioning.ProvisionedApplication app = await provisioning.ProvisionAsync(new() { CustomerId = "acme", Name = "Our ATS - Acme" });
        int before = _emulator.Journal.Entries.Count;

        Assert.That(() => provisioning.UpdateJsSdkDomainsAsync(app.ApplicationUrn, ["https://acme.ats.example/"]), Throws.ArgumentException);
        Assert.That(_emulator.Journal.Entries, Has.Count.EqualTo(before));

        await provisioning.UpdateJsSdkDomainsAsync(app.ApplicationUrn, ["https://acme.ats.example"]);
        await provisioning.UpdateOAuthCallbackUrlsAsync(app.ApplicationUrn, [new Uri("https://acme.ats.example/oauth")]);
        Provisioning.ProvisionedApplication? read = await provisioning.GetAsync("acme");

        Assert.Multiple(() =>
        {
            Assert.That(read!.JsSdkDomains, Is.EqualTo(new[] { "https://acme.ats.example" }));
            Assert.That(read.OAuthCallbackUrls, Is.EqualTo(new[] { "https://acme.ats.example/oauth" }));
        });
        Assert.That(await provisioning.GetAsync("nobody"), Is.Null);
    }

    [Test]
    public async Task CallbackUrl_NotHttpsOrUsedByAnotherCustomer_IsRefusedBeforeSending()
    {
        await OnboardAsync("acme", AccessLevel.Company);
        await _workflow.RunAsync(Request("globex") with { CallbackUrl = new Uri("https://ats.example/linkedin/globex/callback") });
        await _emulator.ConnectAdminAsync("globex");
        EmulatedCustomer globex = _emulator.GetCustomer("globex");
        await _workflow.RecordWidgetCallbackAsync("globex", new OnboardingWidgetResult(globex.OrganizationUrn!.Value, [], []));
        ICustomerClient client = await _clients.ForCustomerAsync("globex");
        int before = _emulator.Journal.Entries.Count;

        Assert.Multiple(() =>
        {
            Assert.That(() => client.Integrations.SetCallbackUrlAsync(new Uri("https://ats.example/linkedin/acme/callback")),
                Throws.ArgumentException.With.Message.Contains("already registered for customer 'acme'"));
            Assert.That(() => client.Integrations.SetCallbackUrlAsync(new Uri("http://ats.example/cb")),
                Throws.ArgumentException.With.Message.Contains("https"));
            Assert.That(_emulator.Journal.Entries, Has.Count.EqualTo(before));
        });
    }

    [Test]
    public async Task ForCustomer_UnknownOrUnprovisioned_ThrowsClearly()
    {
        await _services.GetRequiredService<ICustomerDirectory>().SaveAsync(new Customer { CustomerId = "half" });

        Assert.Multiple(() =>
        {
            Assert.That(async () => await _clients.ForCustomerAsync("nobody"),
                Throws.TypeOf<CustomerNotFoundException>().With.Property(nameof(CustomerNotFoundException.CustomerId)).EqualTo("nobody"));
            Assert.That(async () => await _clients.ForCustomerAsync("half"),
                Throws.TypeOf<CustomerNotOnboardedException>().With.Message.Contains("onboarding workflow")
                    .And.Property(nameof(CustomerStateException.CustomerId)).EqualTo("half"));
        });
    }

    [Test]
    public async Task StatusChange_PushedRequestId_LooksUpTheIntegrationsThatChanged()
    {
        await OnboardAsync("globex", AccessLevel.Company);
        EmulatorIntegrationChange change = await _emulator.EnableIntegrationsAsync("globex", AccessLevel.Contract);
        ICustomerClient client = await _clients.ForCustomerAsync("globex");

        IntegrationStatusChange looked = await client.Integrations.GetStatusChangeAsync(change.RequestId);

        Assert.Multiple(() =>
        {
            Assert.That(looked.Integrations.Select(i => i.Type), Does.Contain(IntegrationType.CsaApi));
            Assert.That(looked.Integrations.Where(i => i.Type == IntegrationType.CsaApi).Select(i => i.IsEnabled), Is.All.True);
        });
    }

    private sealed class AcceptingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
