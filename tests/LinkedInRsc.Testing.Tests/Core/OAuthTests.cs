using System.Net;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Core;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class OAuthTests(FrontEnd frontEnd)
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartAsync(frontEnd);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task AccessToken_PartnerCredentials_IssuesThirtyMinuteToken()
    {
        using HttpResponseMessage response = await _h.RequestTokenAsync(EmulatorOptions.DefaultPartnerClientId, EmulatorOptions.DefaultPartnerClientSecret);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["access_token"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(body["expires_in"]!.GetValue<long>(), Is.EqualTo(1800));
    }

    [Test]
    public async Task AccessToken_WrongSecret_AnswersInvalidClient()
    {
        using HttpResponseMessage response = await _h.RequestTokenAsync(EmulatorOptions.DefaultPartnerClientId, "wrong");
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("invalid_client"));
        Assert.That(body["error_description"]!.GetValue<string>(), Is.Not.Empty);
    }

    [Test]
    public async Task AccessToken_UnsupportedGrant_AnswersUnsupportedGrantType()
    {
        using HttpResponseMessage response = await _h.Http.PostAsync("oauth/v2/accessToken", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }));
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["error"]!.GetValue<string>(), Is.EqualTo("unsupported_grant_type"));
    }

    [Test]
    public async Task ApiCall_AfterTokenLifetime_AnswersExpired401()
    {
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        string token = await _h.TokenAsync(acme.Credentials);
        string path = $"/v2/atsIntegrations?q=request&requestId=none";

        var before = await _h.SendAsync(HttpMethod.Get, path, token);
        _h.Time.Advance(TimeSpan.FromMinutes(30));
        var after = await _h.SendAsync(HttpMethod.Get, path, token);

        Assert.That(before.Status, Is.EqualTo(HttpStatusCode.NotFound), "the token works before expiry (unknown request id → 404)");
        Assert.That(after.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(after.Body!["serviceErrorCode"]!.GetValue<int>(), Is.EqualTo(65601));
        Assert.That(after.Body["status"]!.GetValue<int>(), Is.EqualTo(401));
    }

    [Test]
    public async Task ApiCall_WithoutToken_AnswersLinkedInShaped401()
    {
        var result = await _h.SendAsync(HttpMethod.Get, "/v2/atsIntegrations?q=request&requestId=x", token: null);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(result.Body!["status"]!.GetValue<int>(), Is.EqualTo(401));
        Assert.That(result.Body["message"]!.GetValue<string>(), Does.Contain("Bearer"));
    }
}
