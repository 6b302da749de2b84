using System.Net;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;

namespace LinkedInRsc.Testing.Tests.Core;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class ProvisioningTests(FrontEnd frontEnd)
{
    private EmulatorHarness _h = null!;
    private string _partnerToken = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        _partnerToken = await _h.TokenAsync(_h.Emulator.PartnerCredentials);
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> CreateAsync(string json, string? token = null) =>
        _h.SendAsync(HttpMethod.Post, "/v2/provisionedApplications", token ?? _partnerToken, json);

    [Test]
    public async Task Create_ValidBody_Returns201WithKeyHeaderAndUsableCredentials()
    {
        var created = await CreateAsync("""{"uniqueForeignId":"cust-1","name":"Acme ATS - Globex","description":"d","validJsSdkDomains":["https://ats.example"]}""");

        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
        string key = created.Body!["key"]!.GetValue<string>();
        Assert.That(key, Does.StartWith("urn:li:developerApplication:"));
        Assert.That(created.Response.Headers.GetValues("x-restli-id").Single(), Is.EqualTo(key));
        var credentials = new ClientCredentials(
            created.Body["credentials"]!["client_id"]!.GetValue<string>(),
            created.Body["credentials"]!["client_secret"]!.GetValue<string>());
        Assert.That(await _h.TokenAsync(credentials), Is.Not.Empty, "the child application's credentials mint tokens");
    }

    [Test]
    public async Task Create_DuplicateUniqueForeignId_Answers409()
    {
        await CreateAsync("""{"uniqueForeignId":"cust-1","name":"Acme ATS - One"}""");

        var second = await CreateAsync("""{"uniqueForeignId":"cust-1","name":"Acme ATS - Two"}""");

        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(second.Body!["status"]!.GetValue<int>(), Is.EqualTo(409));
        Assert.That(second.Body["message"]!.GetValue<string>(), Does.Contain("cust-1"));
    }

    [TestCase("Acme ATS - LinkedIn Customer", "LinkedIn")]
    [TestCase("Acme ATS - a name that is definitely longer than fifty chars", "50")]
    [TestCase("", "name")]
    public async Task Create_NameBreakingRules_Answers400Naming(string name, string expected)
    {
        var result = await CreateAsync(new JsonObject { ["uniqueForeignId"] = "c", ["name"] = name }.ToJsonString());

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Body!["serviceErrorCode"]!.GetValue<int>(), Is.EqualTo(100));
        Assert.That(result.Body["message"]!.GetValue<string>(), Does.Contain(expected));
    }

    [Test]
    public async Task Create_WithCustomerToken_Answers403()
    {
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        string childToken = await _h.TokenAsync(acme.Credentials);

        var result = await CreateAsync("""{"uniqueForeignId":"x","name":"Acme ATS - X"}""", childToken);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(result.Body!["message"]!.GetValue<string>(), Does.Contain("partner"));
    }

    [Test]
    public async Task PartnerToken_OnCustomerResource_Answers403()
    {
        var result = await _h.SendAsync(HttpMethod.Get, "/v2/atsIntegrations?q=request&requestId=1", _partnerToken);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task FindByUniqueForeignId_ReturnsTheApplication_AndEmptyForUnknown()
    {
        await CreateAsync("""{"uniqueForeignId":"cust 7/é","name":"Acme ATS - Seven"}""");

        var found = await _h.SendAsync(HttpMethod.Get, "/v2/provisionedApplications?q=credentialsByUniqueForeignId&uniqueForeignId=cust%207%2F%C3%A9", _partnerToken);
        var missing = await _h.SendAsync(HttpMethod.Get, "/v2/provisionedApplications?q=credentialsByUniqueForeignId&uniqueForeignId=nobody", _partnerToken);

        Assert.That(found.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(found.Body!["elements"]!.AsArray().Single()!["uniqueForeignId"]!.GetValue<string>(), Is.EqualTo("cust 7/é"));
        Assert.That(missing.Body!["elements"]!.AsArray(), Is.Empty);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task PartialUpdate_SetsDomainsAndCallbackUrls_InBothProtocols(bool protocol2)
    {
        var created = await CreateAsync("""{"uniqueForeignId":"cust-9","name":"Acme ATS - Nine"}""");
        string key = created.Body!["key"]!.GetValue<string>();
        string path = protocol2 ? Uri.EscapeDataString(key) : key;

        var update = await _h.SendAsync(HttpMethod.Post, $"/v2/provisionedApplications/{path}", _partnerToken,
            """{"patch":{"$set":{"validJsSdkDomains":["https://ats.example"],"oauth2AuthorizedCallbackUrls":["https://ats.example/cb"]}}}""", protocol2: protocol2);
        var found = await _h.SendAsync(HttpMethod.Get, "/v2/provisionedApplications?q=credentialsByUniqueForeignId&uniqueForeignId=cust-9", _partnerToken);

        Assert.That(update.Status, Is.EqualTo(HttpStatusCode.NoContent));
        JsonNode app = found.Body!["elements"]![0]!;
        Assert.That(app["validJsSdkDomains"]![0]!.GetValue<string>(), Is.EqualTo("https://ats.example"));
        Assert.That(app["oauth2AuthorizedCallbackUrls"]![0]!.GetValue<string>(), Is.EqualTo("https://ats.example/cb"));
    }

    [Test]
    public async Task PartialUpdate_OfName_Answers400()
    {
        var created = await CreateAsync("""{"uniqueForeignId":"cust-9","name":"Acme ATS - Nine"}""");

        var update = await _h.SendAsync(HttpMethod.Post, $"/v2/provisionedApplications/{created.Body!["key"]!.GetValue<string>()}", _partnerToken,
            """{"patch":{"$set":{"name":"Other"}}}""");

        Assert.That(update.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(update.Body!["message"]!.GetValue<string>(), Does.Contain("name"));
    }
}
