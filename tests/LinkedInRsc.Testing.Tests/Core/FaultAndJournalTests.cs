using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Tests.Core;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class FaultAndJournalTests(FrontEnd frontEnd)
{
    private const string Finder = "/v2/atsIntegrations?q=request&requestId=r1";
    private EmulatorHarness _h = null!;
    private EmulatedCustomer _acme = null!;
    private string _token = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        _acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(123) });
        _token = await _h.TokenAsync(_acme.Credentials);
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task FailNext_TwoRequests_ThenNormal()
    {
        _h.Emulator.Faults.FailNext("/v2/atsIntegrations", HttpStatusCode.ServiceUnavailable, count: 2);

        var first = await _h.SendAsync(HttpMethod.Get, Finder, _token);
        var second = await _h.SendAsync(HttpMethod.Get, Finder, _token);
        var third = await _h.SendAsync(HttpMethod.Get, Finder, _token);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(first.Body!["status"]!.GetValue<int>(), Is.EqualTo(503));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(third.Status, Is.EqualTo(HttpStatusCode.NotFound), "processed normally");
        Assert.That(_h.Emulator.Faults.Pending, Is.Empty);
    }

    [Test]
    public async Task Fault_OnlyMatchesItsMethodAndPath()
    {
        _h.Emulator.Faults.FailNext("/v2/atsIntegrations", HttpStatusCode.InternalServerError, method: HttpMethod.Post);
        _h.Emulator.Faults.FailNext("/v2/atsIntegrationsX", HttpStatusCode.InternalServerError);

        var get = await _h.SendAsync(HttpMethod.Get, Finder, _token);

        Assert.That(get.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(_h.Emulator.Faults.Pending, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task DropNext_ClosesTheConnectionWithoutAnswer()
    {
        _h.Emulator.Faults.DropNext("/v2/atsIntegrations");

        Assert.That(async () => await _h.SendAsync(HttpMethod.Get, Finder, _token), Throws.InstanceOf<HttpRequestException>());
        var next = await _h.SendAsync(HttpMethod.Get, Finder, _token);
        Assert.That(next.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(_h.Emulator.Journal.Entries[^2].StatusCode, Is.Null);
    }

    [Test]
    public async Task MalformNext_Returns200WithUnparsableJson()
    {
        _h.Emulator.Faults.MalformNext("/oauth/v2/accessToken");

        using HttpResponseMessage response = await _h.RequestTokenAsync(_acme.Credentials.ClientId, _acme.Credentials.ClientSecret);
        string text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(() => JsonNode.Parse(text), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public async Task DelayNext_WaitsOnTheEmulatorClock()
    {
        _h.Emulator.Faults.DelayNext("/v2/atsIntegrations", TimeSpan.FromSeconds(10));

        var pending = _h.SendAsync(HttpMethod.Get, Finder, _token);
        await _h.Emulator.Faults.WaitForDelayedRequestsAsync(1);
        _h.Time.Advance(TimeSpan.FromSeconds(9));
        bool earlyDone = pending.IsCompleted;
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        var result = await pending;

        Assert.That(earlyDone, Is.False, "still waiting before the 10 s delay elapsed");
        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.NotFound), "then processed normally");
    }

    [Test]
    public async Task Journal_RecordsDecodedQueryAndRedactsSecrets()
    {
        _h.Emulator.Journal.Clear();
        await _h.TokenAsync(_acme.Credentials);
        await _h.SendAsync(HttpMethod.Get, "/v2/atsIntegrations?ids=List((dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123,integrationType:PROFILE_PLUGIN,tenantType:RECRUITER))", _token, protocol2: true);

        EmulatorJournalEntry token = _h.Emulator.Journal.For("/oauth").Single();
        EmulatorJournalEntry get = _h.Emulator.Journal.For("/v2/atsIntegrations").Single();

        Assert.That(token.Body, Does.Contain("client_secret=***").And.Not.Contain(_acme.Credentials.ClientSecret));
        Assert.That(get.Headers["Authorization"], Is.EqualTo("***"));
        Assert.That(get.RestLiMethod, Is.EqualTo(RestLiMethod.BatchGet));
        Assert.That(get.Protocol, Is.EqualTo(RestLiProtocolVersion.Version2));
        Assert.That(get.ClientId, Is.EqualTo(_acme.Credentials.ClientId));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        RestLiValue key = get.Query["ids"].AsList().Single();
        Assert.That(key.GetField("integrationContext").AsString(), Is.EqualTo("urn:li:organization:123"));
    }

    [Test]
    public async Task ControlRequests_AreNotJournaled_AndFaultsEndpointWorks()
    {
        _h.Emulator.Journal.Clear();
        using var content = new StringContent("""{"kind":"status","path":"/v2/atsIntegrations","status":502,"count":1}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage added = await _h.Http.PostAsync("/_emulator/faults", content);
        var faulted = await _h.SendAsync(HttpMethod.Get, Finder, _token);
        using HttpResponseMessage journal = await _h.Http.GetAsync("/_emulator/journal");
        JsonNode entries = JsonNode.Parse(await journal.Content.ReadAsStringAsync())!["elements"]!;

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(faulted.Status, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(entries.AsArray().Select(e => e!["path"]!.GetValue<string>()), Is.EqualTo(new[] { "/v2/atsIntegrations" }));
        Assert.That(entries[0]!["headers"]!["Authorization"]!.GetValue<string>(), Is.EqualTo("***"));
    }

    [Test]
    public async Task FaultsEndpoint_UnknownKind_Answers400()
    {
        using var content = new StringContent("""{"kind":"explode","path":"/v2/x"}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _h.Http.PostAsync("/_emulator/faults", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("DropConnection"));
    }
}
