using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Core;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class QuotaTests(FrontEnd frontEnd)
{
    private const string NameKey = "integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS";
    private const string NamePath = "/v2/atsIntegrations?ids[0].integrationContext=urn:li:organization:123&ids[0].integrationType=ONE_CLICK_EXPORT&ids[0].tenantType=RECRUITER&ids[0].dataProvider=ATS";
    private const string NameBody = """{"entities":{"integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS":{"patch":{"$set":{"integrationName":"n"}}}}}""";
    private EmulatorHarness _h = null!;
    private string _token = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(123) });
        _token = await _h.TokenAsync(acme.Credentials);
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Batch_Of101Keys_Answers400_And100IsAccepted()
    {
        static string Ids(int n) => "List(" + string.Join(',', Enumerable.Range(0, n).Select(i => $"(dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123,integrationType:T{i},tenantType:RECRUITER)")) + ")";

        var tooMany = await _h.SendAsync(HttpMethod.Get, $"/v2/atsIntegrations?ids={Ids(101)}", _token, protocol2: true);
        var limit = await _h.SendAsync(HttpMethod.Get, $"/v2/atsIntegrations?ids={Ids(100)}", _token, protocol2: true);

        Assert.That(tooMany.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(tooMany.Body!["message"]!.GetValue<string>(), Does.Contain("101").And.Contain("100"));
        Assert.That(limit.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(limit.Body!["statuses"]!.AsObject(), Has.Count.EqualTo(100));
    }

    [Test]
    public async Task RecordsPerMinute_Exceeded_Answers429_UntilTheNextMinute()
    {
        _h.Emulator.Quotas.RecordsPerMinute = 2;

        var first = await _h.SendAsync(HttpMethod.Post, NamePath, _token, NameBody, restLiMethod: "batch_partial_update");
        var second = await _h.SendAsync(HttpMethod.Post, NamePath, _token, NameBody, restLiMethod: "batch_partial_update");
        var third = await _h.SendAsync(HttpMethod.Post, NamePath, _token, NameBody, restLiMethod: "batch_partial_update");
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var nextMinute = await _h.SendAsync(HttpMethod.Post, NamePath, _token, NameBody, restLiMethod: "batch_partial_update");

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(third.Status, Is.EqualTo((HttpStatusCode)429));
        Assert.That(third.Body!["status"]!.GetValue<int>(), Is.EqualTo(429));
        Assert.That(third.Body["message"]!.GetValue<string>(), Does.Contain("2 records per minute"));
        Assert.That(nextMinute.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RecordsPerMinute_AreCountedPerApplication()
    {
        _h.Emulator.Quotas.RecordsPerMinute = 1;
        EmulatedCustomer globex = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", OrganizationUrn = OrganizationUrn.FromId(777) });
        string globexToken = await _h.TokenAsync(globex.Credentials);

        var acme = await _h.SendAsync(HttpMethod.Post, NamePath, _token, NameBody, restLiMethod: "batch_partial_update");
        var other = await _h.SendAsync(HttpMethod.Post, NamePath.Replace("123", "777", StringComparison.Ordinal), globexToken, NameBody.Replace("123", "777", StringComparison.Ordinal), restLiMethod: "batch_partial_update");

        Assert.That(acme.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RequestsPerDay_Exceeded_Answers429_UntilMidnightUtc()
    {
        _h.Emulator.Quotas.RequestsPerDay = 2;
        const string Get = "/v2/atsIntegrations?q=request&requestId=x";

        await _h.SendAsync(HttpMethod.Get, Get, _token);
        await _h.SendAsync(HttpMethod.Get, Get, _token);
        var third = await _h.SendAsync(HttpMethod.Get, Get, _token);
        _h.Time.Advance(TimeSpan.FromHours(14)); // 09:00 → 23:00, same UTC day
        _token = await _h.TokenAsync(_h.Emulator.GetCustomer("acme").Credentials); // tokens live 30 minutes; the token endpoint is not charged
        var sameDay = await _h.SendAsync(HttpMethod.Get, Get, _token);
        _h.Time.Advance(TimeSpan.FromHours(1)); // next UTC day
        _token = await _h.TokenAsync(_h.Emulator.GetCustomer("acme").Credentials);
        var nextDay = await _h.SendAsync(HttpMethod.Get, Get, _token);

        Assert.That(third.Status, Is.EqualTo((HttpStatusCode)429));
        Assert.That(third.Body!["serviceErrorCode"]!.GetValue<int>(), Is.EqualTo(101));
        Assert.That(sameDay.Status, Is.EqualTo((HttpStatusCode)429));
        Assert.That(nextDay.Status, Is.EqualTo(HttpStatusCode.NotFound), "allowed again (unknown request id → 404)");
    }

    [Test]
    public void Quotas_RejectNonPositiveLimits()
    {
        Assert.That(() => _h.Emulator.Quotas.RecordsPerMinute = 0, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("RecordsPerMinute"));
    }

    [Test]
    public async Task QuotasEndpoint_ChangesLimits()
    {
        using var content = new StringContent("""{"recordsPerMinute":5,"requestsPerDay":7}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _h.Http.PutAsync("/_emulator/quotas", content);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["recordsPerMinute"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(_h.Emulator.Quotas.RequestsPerDay, Is.EqualTo(7));
        Assert.That(_h.Emulator.Quotas.MaxRecordsPerBatch, Is.EqualTo(100));
    }
}
