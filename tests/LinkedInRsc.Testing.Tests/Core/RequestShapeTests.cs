using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>Tunneling, method resolution, and the tenancy / CSA checks resources modules call.</summary>
[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class RequestShapeTests(FrontEnd frontEnd)
{
    private const string Key = "(dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123,integrationType:ONE_CLICK_EXPORT,tenantType:RECRUITER)";
    private EmulatorHarness _h = null!;
    private string _token = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(123), ContractUrns = [ContractUrn.FromId(456), ContractUrn.FromId(457)], AccessLevel = AccessLevel.Company });
        _token = await _h.TokenAsync(acme.Credentials);
        RegisterProbe(_h.Emulator);
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    /// <summary>A resource like the resources engineer's: CSA-gated finder and org-checked batch update.</summary>
    private static void RegisterProbe(LinkedInRscEmulator emulator)
    {
        emulator.Services.Router.MapFinder("probeContract", "contract", (context, _) =>
        {
            context.RequireCsa(context.GetString("contract"));
            return ValueTask.FromResult(EmulatorResponse.Ok(new JsonObject { ["ok"] = true }));
        });
        emulator.Services.Router.Map("probeRecords", RestLiMethod.BatchUpdate, (context, _) =>
        {
            var response = new BatchResponseBuilder();
            foreach (BatchEntity entity in context.GetBatchEntities())
            {
                LinkedInError? error = context.CheckOrganization(entity.Key.GetField("integrationContext").AsString());
                if (error is null)
                {
                    response.Success(entity.RawKey);
                }
                else
                {
                    response.Failure(entity.RawKey, error);
                }
            }

            return ValueTask.FromResult(response.Build());
        });
    }

    [Test]
    public async Task TunneledGet_FormBody_IsProcessedAsTheRealGet()
    {
        var result = await _h.SendAsync(HttpMethod.Post, "/v2/atsIntegrations", _token, configure: request =>
        {
            request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "GET");
            request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
            request.Content = new StringContent($"ids=List({Key})", Encoding.UTF8, "application/x-www-form-urlencoded");
        });

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Body!["results"]![Key]!["integrationType"]!.GetValue<string>(), Is.EqualTo("ONE_CLICK_EXPORT"));
        EmulatorJournalEntry entry = _h.Emulator.Journal.Entries[^1];
        Assert.That(entry.Tunneled, Is.True);
        Assert.That(entry.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(entry.RestLiMethod, Is.EqualTo(RestLiMethod.BatchGet));
    }

    [Test]
    public async Task TunneledBatchPartialUpdate_MultipartMixed_SplitsQueryAndBody()
    {
        const string Boundary = "xyz";
        string json = new JsonObject { ["entities"] = new JsonObject { [Key] = JsonNode.Parse("""{"patch":{"$set":{"integrationName":"Tunneled"}}}""") } }.ToJsonString();
        string multipart = $"--{Boundary}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nids=List({Key})\r\n--{Boundary}\r\nContent-Type: application/json\r\n\r\n{json}\r\n--{Boundary}--\r\n";

        var result = await _h.SendAsync(HttpMethod.Post, "/v2/atsIntegrations", _token, configure: request =>
        {
            request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "POST");
            request.Headers.TryAddWithoutValidation("X-RestLi-Method", "BATCH_PARTIAL_UPDATE");
            request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
            request.Content = new StringContent(multipart, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={Boundary}");
        });
        var get = await _h.SendAsync(HttpMethod.Get, $"/v2/atsIntegrations?ids=List({Key})", _token, protocol2: true);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(result.Body!["results"]![Key]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        Assert.That(get.Body!["results"]![Key]!["integrationName"]!.GetValue<string>(), Is.EqualTo("Tunneled"));
    }

    [Test]
    public async Task RestLiMethodHeader_WithWrongVerb_Answers400()
    {
        var result = await _h.SendAsync(HttpMethod.Get, $"/v2/atsIntegrations?ids=List({Key})", _token, restLiMethod: "BATCH_UPDATE", protocol2: true);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Body!["message"]!.GetValue<string>(), Does.Contain("PUT"));
    }

    [Test]
    public async Task UnknownResource_Answers404_AndUnsupportedMethod405()
    {
        var unknown = await _h.SendAsync(HttpMethod.Get, "/v2/nothingHere?q=x", _token);
        var unsupported = await _h.SendAsync(HttpMethod.Delete, $"/v2/atsIntegrations?ids=List({Key})", _token, protocol2: true);

        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Body!["status"]!.GetValue<int>(), Is.EqualTo(404));
        Assert.That(unsupported.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(unsupported.Body!["message"]!.GetValue<string>(), Does.Contain("BATCH_GET"));
    }

    [Test]
    public async Task MalformedRestLiKey_Answers400NamingThePosition()
    {
        var result = await _h.SendAsync(HttpMethod.Get, "/v2/atsIntegrations?ids=List((dataProvider:ATS", _token, protocol2: true);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Body!["message"]!.GetValue<string>(), Does.Contain("position"));
    }

    [Test]
    public async Task CsaGate_CompanyLevelCustomer_Gets403_ContractLevelPasses()
    {
        var before = await _h.SendAsync(HttpMethod.Get, "/v2/probeContract?q=contract&contract=urn:li:contract:456", _token);
        await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract, ContractUrn.FromId(456));
        var after = await _h.SendAsync(HttpMethod.Get, "/v2/probeContract?q=contract&contract=urn:li:contract:456", _token);
        var otherContract = await _h.SendAsync(HttpMethod.Get, "/v2/probeContract?q=contract&contract=urn:li:contract:457", _token);

        Assert.That(before.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(before.Body!["message"]!.GetValue<string>(), Does.Contain("CSA_API"));
        Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(otherContract.Status, Is.EqualTo(HttpStatusCode.Forbidden), "CSA_API is enabled per contract");
    }

    [Test]
    public async Task CsaGate_AnotherCustomersContract_Gets403()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", ContractUrns = [ContractUrn.FromId(900)], AccessLevel = AccessLevel.Contract });
        await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract);

        var result = await _h.SendAsync(HttpMethod.Get, "/v2/probeContract?q=contract&contract=urn:li:contract:900", _token);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(result.Body!["message"]!.GetValue<string>(), Does.Contain("not connected"));
    }

    [Test]
    public async Task OrganizationCheck_PerEntity_OneForeignKeyFailsAloneAfterDisable()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", OrganizationUrn = OrganizationUrn.FromId(999) });
        const string Own = "atsId=1&integrationContext=urn:li:organization:123";
        const string Foreign = "atsId=2&integrationContext=urn:li:organization:999";
        string body = new JsonObject { ["entities"] = new JsonObject { [Own] = new JsonObject(), [Foreign] = new JsonObject() } }.ToJsonString();
        const string Path = "/v2/probeRecords?ids[0].atsId=1&ids[0].integrationContext=urn:li:organization:123&ids[1].atsId=2&ids[1].integrationContext=urn:li:organization:999";

        var enabled = await _h.SendAsync(HttpMethod.Put, Path, _token, body, restLiMethod: "batch_update");
        await _h.Emulator.DisableIntegrationsAsync("acme", AccessLevel.Company);
        var disabled = await _h.SendAsync(HttpMethod.Put, Path, _token, body, restLiMethod: "batch_update");

        Assert.That(enabled.Body!["results"]![Own]!["status"]!.GetValue<int>(), Is.EqualTo(204));
        Assert.That(enabled.Body["errors"]![Foreign]!["status"]!.GetValue<int>(), Is.EqualTo(403));
        Assert.That(disabled.Body!["errors"]![Own]!["message"]!.GetValue<string>(), Does.Contain("enable"));
    }

    [Test]
    public async Task BatchBody_KeyNotInIds_Answers400()
    {
        string body = new JsonObject { ["entities"] = new JsonObject { ["atsId=3&integrationContext=urn:li:organization:123"] = new JsonObject() } }.ToJsonString();

        var result = await _h.SendAsync(HttpMethod.Put, "/v2/probeRecords?ids[0].atsId=1&ids[0].integrationContext=urn:li:organization:123", _token, body, restLiMethod: "batch_update");

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(result.Body!["message"]!.GetValue<string>(), Does.Contain("ids"));
    }
}
