using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;

namespace LinkedInRsc.Testing.Tests.Core;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class ControlEndpointTests(FrontEnd frontEnd)
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartAsync(frontEnd);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonNode? Body)> ControlAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await _h.Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Test]
    public async Task Index_ListsEndpointsAndPartnerClientId()
    {
        var index = await ControlAsync(HttpMethod.Get, "/_emulator");

        Assert.That(index.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(index.Body!["partnerClientId"]!.GetValue<string>(), Is.EqualTo(EmulatorOptions.DefaultPartnerClientId));
        Assert.That(index.Body["endpoints"]!.AsArray().Select(e => e!.GetValue<string>()), Does.Contain("POST /_emulator/customers"));
    }

    [Test]
    public async Task Customers_AddConnectEnableDisable_OverHttp()
    {
        var added = await ControlAsync(HttpMethod.Post, "/_emulator/customers", """{"id":"acme","accessLevel":null,"organizationId":42,"contractIds":[7,8]}""");
        var enabled = await ControlAsync(HttpMethod.Post, "/_emulator/customers/acme/integrations/enable", """{"accessLevel":"contract","contractUrn":"urn:li:contract:8"}""");
        var afterEnable = await ControlAsync(HttpMethod.Get, "/_emulator/customers/acme");
        var disabled = await ControlAsync(HttpMethod.Post, "/_emulator/customers/acme/integrations/disable", """{"accessLevel":"contract"}""");
        var afterDisable = await ControlAsync(HttpMethod.Get, "/_emulator/customers/acme");

        Assert.That(added.Status, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(added.Body!["organizationUrn"]!.GetValue<string>(), Is.EqualTo("urn:li:organization:42"));
        Assert.That(added.Body["accessLevel"], Is.Null);
        var credentials = new ClientCredentials(added.Body["clientId"]!.GetValue<string>(), added.Body["clientSecret"]!.GetValue<string>());
        Assert.That(await _h.TokenAsync(credentials), Is.Not.Empty);
        Assert.That(enabled.Body!["requestId"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(afterEnable.Body!["accessLevel"]!.GetValue<string>(), Is.EqualTo("contract"));
        Assert.That(disabled.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterDisable.Body!["accessLevel"]!.GetValue<string>(), Is.EqualTo("company"));
    }

    [Test]
    public async Task Customers_DuplicateId_Answers409_AndUnknownCustomer404()
    {
        await ControlAsync(HttpMethod.Post, "/_emulator/customers", """{"id":"acme"}""");

        var duplicate = await ControlAsync(HttpMethod.Post, "/_emulator/customers", """{"id":"acme"}""");
        var unknown = await ControlAsync(HttpMethod.Post, "/_emulator/customers/nobody/integrations/enable", """{"accessLevel":"company"}""");
        var badLevel = await ControlAsync(HttpMethod.Post, "/_emulator/customers/acme/integrations/enable", """{"accessLevel":"galaxy"}""");

        Assert.That(duplicate.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(badLevel.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(badLevel.Body!["message"]!.GetValue<string>(), Does.Contain("company"));
    }

    [Test]
    public async Task UnknownControlPath_Answers404_WrongMethod405()
    {
        var unknown = await ControlAsync(HttpMethod.Get, "/_emulator/nothing");
        var wrongMethod = await ControlAsync(HttpMethod.Put, "/_emulator/journal");

        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(wrongMethod.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task CSharpApi_AddCustomer_GivesEverythingATestNeeds()
    {
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync("acme", AccessLevel.Contract);

        Assert.That(acme.OrganizationUrn, Is.Not.Null);
        Assert.That(acme.ContractUrn, Is.Not.Null);
        Assert.That(acme.AccessLevel, Is.EqualTo(AccessLevel.Contract));
        Assert.That(acme.ToString(), Does.Not.Contain(acme.Credentials.ClientSecret));
        Assert.That(() => _h.Emulator.AddCustomerAsync("acme", AccessLevel.Company), Throws.InvalidOperationException.With.Message.Contains("acme"));
        Assert.That(() => _h.Emulator.GetCustomer("nobody"), Throws.InvalidOperationException.With.Message.Contains("nobody"));
    }

    [Test]
    public async Task ConnectAdmin_OrganizationOfAnotherCustomer_IsRefused()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(1) });
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", OrganizationUrn = OrganizationUrn.FromId(2) });

        Assert.That(() => _h.Emulator.ConnectAdminAsync("globex", organizationUrn: OrganizationUrn.FromId(1)), Throws.InvalidOperationException);
        EmulatedCustomer more = await _h.Emulator.ConnectAdminAsync("acme", contractUrns: [ContractUrn.FromId(55)]);
        Assert.That(more.ContractUrns, Does.Contain(ContractUrn.FromId(55)));
        Assert.That(more.ContractUrns, Has.Count.EqualTo(2));
    }
}
