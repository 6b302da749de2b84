using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>The SDK's own <see cref="RestLiClient"/> against the core resources, in both protocols and both front-ends.</summary>
[TestFixture(RestLiProtocolVersion.Version1, FrontEnd.InMemory)]
[TestFixture(RestLiProtocolVersion.Version2, FrontEnd.InMemory)]
[TestFixture(RestLiProtocolVersion.Version2, FrontEnd.Http)]
public sealed class RestLiClientCoreTests(RestLiProtocolVersion protocol, FrontEnd frontEnd)
{
    private EmulatorHarness _h = null!;
    private EmulatedCustomer _acme = null!;
    private HttpClient _http = null!;
    private RestLiClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        _acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(123), ContractUrns = [ContractUrn.FromId(456)], AccessLevel = null });
        _http = frontEnd == FrontEnd.Http ? new HttpClient() : new HttpClient(_h.Emulator.CreateHttpMessageHandler());
        _http.BaseAddress = _h.Emulator.ApiBaseAddress;
        _client = await ClientForAsync(_acme);
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _h.DisposeAsync();
    }

    private async Task<RestLiClient> ClientForAsync(EmulatedCustomer customer)
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _h.TokenAsync(customer.Credentials));
        return new RestLiClient(_http, new RestLiClientOptions { ProtocolVersion = protocol });
    }

    private static RestLiValue IntegrationKey(string context, string type) =>
        RestLiValue.RecordOf(("integrationContext", context), ("integrationType", type), ("tenantType", "RECRUITER"), ("dataProvider", "ATS"));

    [Test]
    public async Task NameIntegrations_ThenBatchGet_EveryKeyHasAnOutcome()
    {
        RestLiValue export = IntegrationKey("urn:li:organization:123", "ONE_CLICK_EXPORT");
        RestLiValue csa = IntegrationKey("urn:li:contract:456", "CSA_API");
        RestLiValue foreign = IntegrationKey("urn:li:organization:999", "ONE_CLICK_EXPORT");

        RestLiResponse patch = await _client.SendAsync(RestLiRequest.BatchPartialUpdate("atsIntegrations", [
            new(export, RestLiPatch.SetFields(new JsonObject { ["integrationName"] = "Acme 1-Click Export" })),
            new(csa, RestLiPatch.SetFields(new JsonObject { ["integrationName"] = "Acme CSA" })),
            new(foreign, RestLiPatch.SetFields(new JsonObject { ["integrationName"] = "Not mine" })),
        ]));
        RestLiBatchResult get = (await _client.SendAsync(RestLiRequest.BatchGet("atsIntegrations", [export, csa]))).ReadBatchResult();

        RestLiBatchResult patched = patch.ReadBatchResult();
        Assert.That(patched.TryGetResult(export, out RestLiKeyResult? e) && e.Outcome == RestLiOutcome.Succeeded, Is.True);
        Assert.That(patched.TryGetResult(foreign, out RestLiKeyResult? f) ? f.Error?.Status : null, Is.EqualTo(403));
        Assert.That(get.TryGetResult(csa, out RestLiKeyResult? c), Is.True);
        Assert.That(c!.Entity!.Value.GetProperty("integrationName").GetString(), Is.EqualTo("Acme CSA"));
    }

    [Test]
    public async Task Configurations_ThroughPathKey()
    {
        RestLiRequest put = RestLiRequest.BatchUpdate("atsIntegrations/{integration}/configurations", [
            new(RestLiValue.FromString("CALLBACK_URL"), new JsonObject { ["configurationValue"] = new JsonObject { ["string"] = "https://ats.example/li/acme" } }),
            new(RestLiValue.FromString("JOB_POSTING_VIEWERS"), new JsonObject { ["configurationValue"] = new JsonObject { ["string"] = "SOME" } }),
        ]) with
        { PathKeys = new Dictionary<string, RestLiValue> { ["integration"] = IntegrationKey("urn:li:organization:123", "ONE_CLICK_EXPORT") } };

        RestLiBatchResult result = (await _client.SendAsync(put)).ReadBatchResult();

        Assert.That(result.TryGetResult(RestLiValue.FromString("CALLBACK_URL"), out RestLiKeyResult? ok) && ok.Outcome == RestLiOutcome.Succeeded, Is.True);
        Assert.That(result.TryGetResult(RestLiValue.FromString("JOB_POSTING_VIEWERS"), out RestLiKeyResult? bad) ? bad.Error?.Status : null, Is.EqualTo(400));
        Assert.That(_h.Emulator.GetCustomer("acme").CallbackUrl, Is.EqualTo("https://ats.example/li/acme"));
    }

    [Test]
    public async Task HundredKeyBatchGet_IsTunneledByTheClient_AndAnsweredPerKey()
    {
        RestLiValue[] keys = Enumerable.Range(0, 97).Select(i => IntegrationKey("urn:li:organization:123", $"TYPE_{i:D3}_WITH_A_LONG_NAME"))
            .Append(IntegrationKey("urn:li:organization:123", "ONE_CLICK_EXPORT"))
            .Append(IntegrationKey("urn:li:organization:123", "IN_ATS_INDICATOR"))
            .Append(IntegrationKey("urn:li:organization:123", "PROFILE_PLUGIN"))
            .ToArray();

        RestLiBatchResult result = (await _client.SendAsync(RestLiRequest.BatchGet("atsIntegrations", keys))).ReadBatchResult();

        Assert.That(_h.Emulator.Journal.Entries[^1].Tunneled, Is.True, "a 100-key query exceeds 4,000 characters");
        Assert.That(result.Results, Has.Count.EqualTo(100));
        Assert.That(result.Results.Count(r => r.Outcome == RestLiOutcome.Succeeded), Is.EqualTo(3));
        Assert.That(result.Results.Where(r => r.Outcome != RestLiOutcome.Succeeded).All(r => r.Error?.Status == 404), Is.True);
    }

    [Test]
    public async Task PartnerProvisioning_DuplicateSurfacesAsLinkedInRscExceptionWith409()
    {
        RestLiClient partner = await ClientForAsync(new EmulatedCustomer
        {
            Id = "partner",
            ApplicationName = "partner",
            ApplicationUrn = "urn:li:developerApplication:0",
            Credentials = _h.Emulator.PartnerCredentials,
        });
        var body = new JsonObject { ["uniqueForeignId"] = "acme", ["name"] = "Acme ATS - Acme again" };

        LinkedInRscException? ex = Assert.ThrowsAsync<LinkedInRscException>(() => partner.SendAsync(RestLiRequest.Create("provisionedApplications", body)));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(ex.ServiceErrorCode, Is.EqualTo(409));
        Assert.That(ex.ServiceMessage, Does.Contain("acme"));
        Assert.That(ex.RequestId, Is.Not.Null.And.Not.Empty, "the emulator sends x-li-request-id");
    }

    [Test]
    public async Task PartnerProvisioning_CreateReturnsTheKeyInXRestLiId()
    {
        RestLiClient partner = await ClientForAsync(new EmulatedCustomer
        {
            Id = "partner",
            ApplicationName = "partner",
            ApplicationUrn = "urn:li:developerApplication:0",
            Credentials = _h.Emulator.PartnerCredentials,
        });

        RestLiResponse created = await partner.SendAsync(RestLiRequest.Create("provisionedApplications", new JsonObject { ["uniqueForeignId"] = "globex", ["name"] = "Acme ATS - Globex" }));

        Assert.That(created.CreatedId?.AsString(), Does.StartWith("urn:li:developerApplication:"));
        Assert.That(created.CreatedId!.AsString(), Is.EqualTo(_h.Emulator.GetCustomer("globex").ApplicationUrn));
    }
}
