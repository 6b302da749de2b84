using System.Net;
using LinkedInRsc.Customers;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Provisioning;
using LinkedInRsc.Testing;
using LinkedInRsc.Users;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaks from onboarding, in both API modes (<c>/v2</c> and the versioned <c>/rest</c> client): provisioning a
/// child application (its client secret), the widget callback, the 3-legged user connection (the authorization code,
/// the member's access token, a replayed code refused), secret rotation (old and new secrets, a refused third one) and
/// a partner secret LinkedIn refuses. Every secret that crossed the wire is searched for in every log entry (message
/// and structured state, all categories at Trace), exception, report and <c>ToString()</c>.
/// </summary>
[TestFixture(ApiMode.V2)]
[TestFixture(ApiMode.Versioned)]
public sealed class LeakOnboardingTests(ApiMode api)
{
    private static OnboardingRequest Request(string id) => new()
    {
        CustomerId = id,
        ApplicationName = "Our ATS - " + id,
        DisplayName = id,
        CallbackUrl = new Uri($"https://ats.example/linkedin/{id}/callback"),
        JsSdkDomains = ["https://" + id + ".ats.example"],
        OAuthCallbackUrls = [new Uri($"https://{id}.ats.example/linkedin/oauth")],
    };

    [Test]
    public async Task OnboardConnectUserAndRotate_AtTrace_LogNoSecretTokenOrCode()
    {
        var probe = new LeakProbe();
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(
            emulator: o => o.PushHandler = new AcceptingHandler(),
            services: LeakProbe.AddLogging,
            builder: probe.Wire,
            api: api);
        LinkedInRscEmulator emulator = h.Emulator;
        probe.Secret(emulator.PartnerCredentials.ClientSecret);
        OnboardingWorkflow workflow = h.Services.GetRequiredService<OnboardingWorkflow>();
        ICustomerDirectory directory = h.Services.GetRequiredService<ICustomerDirectory>();

        // Onboarding: provisioning hands out the child application's secret; the admin connects; integrations enabled.
        probe.Add(await workflow.RunAsync(Request("globex")));
        EmulatedCustomer connected = await emulator.ConnectAdminAsync("globex");
        string widgetJson = $$"""[{"integrationContext":"{{connected.OrganizationUrn}}","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED"},{"integrationContext":"{{connected.ContractUrn}}","integrationType":"CSA_API","onboardingStatus":"REQUESTED"}]""";
        OnboardingWidgetResult widget = OnboardingWidget.ParseCallback(widgetJson);
        probe.Add(widget);
        await workflow.RecordWidgetCallbackAsync("globex", widget);
        OnboardingReport done = await workflow.RunAsync(Request("globex"));
        probe.Add(done);
        probe.AddEach(done.Steps);
        await emulator.EnableIntegrationsAsync("globex", AccessLevel.Contract);
        ICustomerClient client = await h.Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("globex");
        probe.Add(await client.Integrations.GetStatusAsync());
        Customer onboarded = (await directory.FindAsync("globex"))!;
        probe.Secret(onboarded.Credentials!.ClientSecret);
        probe.Add(onboarded);
        probe.Add(onboarded.Credentials);
        probe.Add(client);

        // The 3-legged user connection: a code for the member's token; the code replayed is refused.
        EmulatedMember recruiter = await emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = LeakMarkers.FirstName, LastName = LeakMarkers.LastName, EmailAddresses = [LeakMarkers.Email] });
        probe.Add(await emulator.AddSeatAsync(connected.ContractUrns[0], recruiter.PersonUrn, LeakMarkers.FirstName, LeakMarkers.LastName));
        var redirect = new Uri("https://globex.ats.example/linkedin/oauth");
        Uri authorize = client.Users.BuildAuthorizationUri(redirect, "state-0123456789abcdef");
        Uri back = emulator.AuthorizeMember(onboarded.Credentials.ClientId, recruiter.PersonUrn, redirect, "state-0123456789abcdef");
        string code = Uri.UnescapeDataString(back.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("code=", StringComparison.Ordinal))[5..]);
        probe.Secret(code);
        UserConnection connection = await client.Users.CompleteAsync(code, redirect);
        probe.Add(connection);
        LinkedInRscException replayed = await probe.ThrowsAsync<LinkedInRscException>(() => client.Users.CompleteAsync(code, redirect));

        // Secret rotation: the new secret comes back in LinkedIn's answer; a third active secret is refused.
        IProvisioningClient provisioning = h.Services.GetRequiredService<IProvisioningClient>();
        Customer rolled = await provisioning.RollSecretAsync("globex");
        probe.Secret(rolled.Credentials!.ClientSecret);
        probe.Add(rolled);
        probe.Add(rolled.PreviousCredentials);
        await probe.ThrowsAsync<LinkedInRscException>(() => provisioning.RollSecretAsync("globex"));
        ICustomerClient afterRotation = await h.Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("globex");
        probe.Add(await afterRotation.Integrations.GetStatusAsync());

        Assert.Multiple(() =>
        {
            Assert.That(done.Completed, Is.True, string.Join("; ", done.Steps));
            Assert.That(connection.Person, Is.EqualTo(recruiter.PersonUrn));
            Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a code is single-use");
            Assert.That(authorize.Query, Does.Contain("state=state-0123456789abcdef"));
            Assert.That(rolled.Credentials.ClientSecret, Is.Not.EqualTo(onboarded.Credentials.ClientSecret));
            Assert.That(probe.WireSecrets, Does.Contain(onboarded.Credentials.ClientSecret).And.Contain(rolled.Credentials.ClientSecret).And.Contain(code),
                "the probe saw the secrets on the wire (so it searches for them)");
            Assert.That(probe.WireSecrets.Count, Is.GreaterThanOrEqualTo(6), "partner, child and rotated secrets, a code, a member token and API tokens");
        });
        probe.AssertNothingLeaked(h.Services, minimumEntries: 50, LeakMarkers.All);
        probe.Report($"onboarding ({api})");
    }

    [Test]
    public async Task RefusedPartnerSecret_AtTrace_TheFailureNamesTheClientIdNotTheSecret()
    {
        const string WrongSecret = "WrongSecret-7Kq2Vx9Lm4Zt";
        var probe = new LeakProbe();
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(
            sdk: o => o.ClientSecret = WrongSecret,
            services: LeakProbe.AddLogging,
            builder: probe.Wire,
            api: api);
        OnboardingWorkflow workflow = h.Services.GetRequiredService<OnboardingWorkflow>();

        OnboardingReport report;
        try
        {
            report = await workflow.RunAsync(Request("acme"));
        }
        catch (LinkedInRscException e)
        {
            probe.Add(e);
            report = null!;
        }

        probe.Add(report);
        probe.AddEach(report?.Steps ?? []);
        Assert.That(probe.WireSecrets, Does.Contain(WrongSecret));
        probe.AssertNothingLeaked(h.Services, minimumEntries: 3, [.. LeakMarkers.All, WrongSecret]);
        probe.Report($"refused partner secret ({api})");
    }

    private sealed class AcceptingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
