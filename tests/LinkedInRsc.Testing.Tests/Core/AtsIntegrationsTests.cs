using System.Net;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Core;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class AtsIntegrationsTests(FrontEnd frontEnd)
{
    private EmulatorHarness _h = null!;
    private EmulatedCustomer _acme = null!;
    private string _token = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        _acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", AccessLevel = null, OrganizationUrn = OrganizationUrn.FromId(123), ContractUrns = [ContractUrn.FromId(456)] });
        _token = await _h.TokenAsync(_acme.Credentials);
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task BatchPartialUpdate_PostmanVersion1Shape_NamesIntegration()
    {
        // Exactly LinkedIn's published request (rsc-reference §3.3, Rest.li 1.0).
        const string Path = "/v2/atsIntegrations?ids[0].integrationContext=urn:li:organization:123&ids[0].integrationType=ONE_CLICK_EXPORT&ids[0].tenantType=RECRUITER&ids[0].dataProvider=ATS";
        const string Body = """{"entities":{"integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS":{"patch":{"$set":{"integrationName":"Acme LinkedIn Recruiter One-Click Export Integration"}}}}}""";

        var update = await _h.SendAsync(HttpMethod.Post, Path, _token, Body, restLiMethod: "batch_partial_update");
        var get = await _h.SendAsync(HttpMethod.Get, Path, _token);

        Assert.That(update.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(update.Body!["results"]!["integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS"]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        JsonObject results = get.Body!["results"]!.AsObject();
        Assert.That(results.Single().Value!["integrationName"]!.GetValue<string>(), Is.EqualTo("Acme LinkedIn Recruiter One-Click Export Integration"));
        Assert.That(results.Single().Value!["status"]!.GetValue<string>(), Is.EqualTo("REQUESTED"));
    }

    [Test]
    public async Task BatchPartialUpdate_Version2_OtherTenantsKeyGets403InsideA200()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", OrganizationUrn = OrganizationUrn.FromId(999) });
        const string Own = "(dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123,integrationType:PROFILE_PLUGIN,tenantType:RECRUITER)";
        const string Foreign = "(dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A999,integrationType:PROFILE_PLUGIN,tenantType:RECRUITER)";
        string body = new JsonObject
        {
            ["entities"] = new JsonObject
            {
                [Own] = JsonNode.Parse("""{"patch":{"$set":{"integrationName":"Mine"}}}"""),
                [Foreign] = JsonNode.Parse("""{"patch":{"$set":{"integrationName":"Theirs"}}}"""),
            },
        }.ToJsonString();

        var result = await _h.SendAsync(HttpMethod.Post, $"/v2/atsIntegrations?ids=List({Own},{Foreign})", _token, body, restLiMethod: "BATCH_PARTIAL_UPDATE", protocol2: true);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Body!["results"]![Own]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        Assert.That(result.Body["errors"]![Foreign]!["status"]!.GetValue<int>(), Is.EqualTo(403));
        Assert.That(result.Body["results"]![Foreign]!["status"]!.GetValue<int>(), Is.EqualTo(403));
        Assert.That(_h.Emulator.Journal.Entries[^1].Tunneled, Is.False);
    }

    [Test]
    public async Task BatchPartialUpdate_OfOtherField_Answers400ForThatEntity()
    {
        const string Key = "integrationContext=urn:li:organization:123&integrationType=IN_ATS_INDICATOR&tenantType=RECRUITER&dataProvider=ATS";
        var result = await _h.SendAsync(HttpMethod.Post, "/v2/atsIntegrations?ids[0].integrationContext=urn:li:organization:123&ids[0].integrationType=IN_ATS_INDICATOR&ids[0].tenantType=RECRUITER&ids[0].dataProvider=ATS",
            _token, """{"entities":{"KEY":{"patch":{"$set":{"status":"ENABLED"}}}}}""".Replace("KEY", Key, StringComparison.Ordinal), restLiMethod: "batch_partial_update");

        Assert.That(result.Body!["errors"]![Key]!["status"]!.GetValue<int>(), Is.EqualTo(400));
        Assert.That(result.Body["errors"]![Key]!["message"]!.GetValue<string>(), Does.Contain("status"));
    }

    [Test]
    public async Task FindByRequest_AfterAdminEnables_ListsEnabledIntegrations_OnlyToOwner()
    {
        EmulatorIntegrationChange change = await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract);
        EmulatedCustomer globex = await _h.Emulator.AddCustomerAsync("globex", AccessLevel.Company);
        string globexToken = await _h.TokenAsync(globex.Credentials);

        var own = await _h.SendAsync(HttpMethod.Get, $"/v2/atsIntegrations?q=request&requestId={change.RequestId}", _token);
        var foreign = await _h.SendAsync(HttpMethod.Get, $"/v2/atsIntegrations?q=request&requestId={change.RequestId}", globexToken);

        JsonArray elements = own.Body!["elements"]!.AsArray();
        Assert.That(elements.Select(e => e!["integrationType"]!.GetValue<string>()), Is.EquivalentTo(new[] { "IN_ATS_INDICATOR", "ONE_CLICK_EXPORT", "PROFILE_PLUGIN", "CSA_API" }));
        Assert.That(elements.All(e => e!["status"]!.GetValue<string>() == "ENABLED"), Is.True);
        Assert.That(elements.Single(e => e!["integrationType"]!.GetValue<string>() == "CSA_API")!["integrationContext"]!.GetValue<string>(), Is.EqualTo("urn:li:contract:456"));
        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(change.Push, Is.Null, "no callback URL configured → no push");
    }

    [Test]
    public async Task BatchGet_UnknownIntegration_Gets404Status()
    {
        const string Path = "/v2/atsIntegrations?ids=List((dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123,integrationType:APPLY_CONNECT,tenantType:JOBS))";

        var result = await _h.SendAsync(HttpMethod.Get, Path, _token, protocol2: true);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Body!["statuses"]!.AsObject().Single().Value!.GetValue<int>(), Is.EqualTo(404));
        Assert.That(result.Body["results"]!.AsObject(), Is.Empty);
    }

    [Test]
    public async Task Configurations_PostmanPutGetDelete_RoundTrip()
    {
        const string Base = "/v2/atsIntegrations/integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS/configurations";

        var put = await _h.SendAsync(HttpMethod.Put, $"{Base}?ids=CALLBACK_URL&ids=JOB_POSTING_VIEWERS", _token,
            """{"entities":{"CALLBACK_URL":{"configurationValue":{"string":"https://ats.example/li/acme"}},"JOB_POSTING_VIEWERS":{"configurationValue":{"string":"ALL_PRODUCT_USERS"}}}}""",
            restLiMethod: "batch_update");
        var get = await _h.SendAsync(HttpMethod.Get, $"{Base}?ids=CALLBACK_URL", _token);
        var delete = await _h.SendAsync(HttpMethod.Delete, $"{Base}?ids=JOB_POSTING_VIEWERS", _token);
        var getDeleted = await _h.SendAsync(HttpMethod.Get, $"{Base}?ids=JOB_POSTING_VIEWERS", _token);

        Assert.That(put.Body!["results"]!["CALLBACK_URL"]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        Assert.That(put.Body["results"]!["JOB_POSTING_VIEWERS"]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        Assert.That(get.Body!["results"]!["CALLBACK_URL"]!["configurationValue"]!["string"]!.GetValue<string>(), Is.EqualTo("https://ats.example/li/acme"));
        Assert.That(delete.Body!["results"]!["JOB_POSTING_VIEWERS"]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        Assert.That(getDeleted.Body!["statuses"]!["JOB_POSTING_VIEWERS"]!.GetValue<int>(), Is.EqualTo(404));
        Assert.That(_h.Emulator.GetCustomer("acme").CallbackUrl, Is.EqualTo("https://ats.example/li/acme"));
    }

    [TestCase("CALLBACK_URL", "http://ats.example/cb", 400, "HTTPS")]
    [TestCase("JOB_POSTING_VIEWERS", "SOME_USERS", 400, "ALL_PRODUCT_USERS")]
    [TestCase("APPLICATION_VIEWERS", "ALL_PRODUCT_USERS", 400, "IN_ATS_INDICATOR")]
    [TestCase("NOT_A_CONFIG", "x", 400, "Unknown")]
    public async Task Configurations_InvalidValue_GetsPerEntityError(string key, string value, int status, string expected)
    {
        const string Base = "/v2/atsIntegrations/integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS/configurations";
        string body = new JsonObject { ["entities"] = new JsonObject { [key] = new JsonObject { ["configurationValue"] = new JsonObject { ["string"] = value } } } }.ToJsonString();

        var put = await _h.SendAsync(HttpMethod.Put, $"{Base}?ids={key}", _token, body, restLiMethod: "batch_update");

        Assert.That(put.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(put.Body!["errors"]![key]!["status"]!.GetValue<int>(), Is.EqualTo(status));
        Assert.That(put.Body["errors"]![key]!["message"]!.GetValue<string>(), Does.Contain(expected));
    }

    [Test]
    public async Task Configurations_CallbackUrlOfAnotherCustomer_Answers409()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", CallbackUrl = new Uri("https://ats.example/li/shared") });
        const string Base = "/v2/atsIntegrations/integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS/configurations";

        var put = await _h.SendAsync(HttpMethod.Put, $"{Base}?ids=CALLBACK_URL", _token,
            """{"entities":{"CALLBACK_URL":{"configurationValue":{"string":"https://ats.example/li/shared"}}}}""", restLiMethod: "batch_update");

        Assert.That(put.Body!["errors"]!["CALLBACK_URL"]!["status"]!.GetValue<int>(), Is.EqualTo(409));
    }

    [Test]
    public async Task Configurations_OnAnotherCustomersIntegration_Answers403()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", OrganizationUrn = OrganizationUrn.FromId(999) });

        var get = await _h.SendAsync(HttpMethod.Get, "/v2/atsIntegrations/integrationContext=urn:li:organization:999&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS/configurations?ids=CALLBACK_URL", _token);

        Assert.That(get.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(get.Body!["serviceErrorCode"]!.GetValue<int>(), Is.EqualTo(100));
    }
}
