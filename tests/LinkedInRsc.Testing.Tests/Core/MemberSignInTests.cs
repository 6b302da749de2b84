using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>
/// The member (3-legged) sign-in without C#: what a tester does with LinkedIn's request collection against the
/// standalone emulator to replay its <c>/v2/me</c> request.
/// </summary>
[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class MemberSignInTests(FrontEnd frontEnd)
{
    private const string Redirect = "https://oauth.pstmn.io/v1/callback";
    private EmulatorHarness _h = null!;
    private HttpClient _browser = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);

        // A browser that stops at the redirect instead of following it to the (unreachable) redirect address.
        _browser = frontEnd == FrontEnd.Http
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = _h.Emulator.BaseAddress }
            : _h.Emulator.CreateHttpClient();
    }

    [TearDown]
    public async Task TearDown()
    {
        _browser.Dispose();
        await _h.DisposeAsync();
    }

    [Test]
    public async Task MeRequest_AfterSignInOverControlEndpoints_AnswersTheSignedInMembersId()
    {
        JsonNode customer = await ControlAsync("customers", $$"""{"id":"acme","accessLevel":"company","oauthCallbackUrls":["{{Redirect}}"]}""", HttpStatusCode.Created);
        string clientId = customer["clientId"]!.GetValue<string>();
        string clientSecret = customer["clientSecret"]!.GetValue<string>();
        JsonNode member = await ControlAsync("members", """{"firstName":"Ada","lastName":"Lovelace","personId":"ada42"}""", HttpStatusCode.Created);
        string memberUrn = member["member"]!.GetValue<string>();
        await ControlAsync($"members/{memberUrn}/signIn", "{}", HttpStatusCode.OK);

        // The collection's authorization request, as a browser sends it; the emulator consents at once.
        using HttpResponseMessage page = await _browser.GetAsync(
            $"/oauth/v2/authorization?response_type=code&client_id={clientId}&redirect_uri={Uri.EscapeDataString(Redirect)}&state=xyz&scope=r_liteprofile");
        Uri back = page.Headers.Location!;
        string code = QueryValue(back, "code");

        string token = await ExchangeAsync(clientId, clientSecret, code);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/v2/me?fields=id");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage answer = await _h.Http.SendAsync(me);
        JsonNode body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(customer["oauthCallbackUrls"]!.AsArray().Select(u => u!.GetValue<string>()), Is.EqualTo(new[] { Redirect }));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Found));
            Assert.That(back.GetLeftPart(UriPartial.Path), Is.EqualTo(Redirect));
            Assert.That(QueryValue(back, "state"), Is.EqualTo("xyz"));
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo("ada42"));
        });
    }

    [Test]
    public async Task Authorize_ControlEndpoint_AnswersACodeTheTokenEndpointExchanges()
    {
        JsonNode customer = await ControlAsync("customers", $$"""{"id":"acme","oauthCallbackUrls":["{{Redirect}}"]}""", HttpStatusCode.Created);
        JsonNode member = await ControlAsync("members", """{"firstName":"Ada","lastName":"Lovelace"}""", HttpStatusCode.Created);
        string memberUrn = member["member"]!.GetValue<string>();

        JsonNode authorized = await ControlAsync(
            $"members/{memberUrn}/authorize", $$"""{"clientId":"{{customer["clientId"]}}","redirectUri":"{{Redirect}}","state":"s1"}""", HttpStatusCode.OK);
        string token = await ExchangeAsync(customer["clientId"]!.GetValue<string>(), customer["clientSecret"]!.GetValue<string>(), authorized["code"]!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That(authorized["redirectUri"]!.GetValue<string>(), Does.StartWith(Redirect + "?code=").And.EndWith("&state=s1"));
            Assert.That(token, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Authorize_RedirectNotRegistered_AnswersBadRequestNamingTheSetting()
    {
        JsonNode customer = await ControlAsync("customers", """{"id":"acme"}""", HttpStatusCode.Created);
        JsonNode member = await ControlAsync("members", """{"firstName":"Ada","lastName":"Lovelace"}""", HttpStatusCode.Created);

        (HttpStatusCode status, JsonNode? body) = await SendControlAsync(
            $"members/{member["member"]}/authorize", $$"""{"clientId":"{{customer["clientId"]}}","redirectUri":"{{Redirect}}"}""");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("redirect_uri").And.Contain("oauth2AuthorizedCallbackUrls"));
        });
    }

    [Test]
    public async Task SignIn_NotAPersonUrn_AnswersBadRequest()
    {
        (HttpStatusCode status, JsonNode? body) = await SendControlAsync("members/urn:li:seat:1/signIn", "{}");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("person URN"));
        });
    }

    [Test]
    public async Task AddCustomerAsync_OAuthCallbackUrls_AreTheRedirectsTheSignInAccepts()
    {
        var registered = new Uri("https://acme.ats.example/linkedin/signed-in");
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OAuthCallbackUrls = [registered] });
        EmulatedMember ada = await _h.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });

        Uri back = _h.Emulator.AuthorizeMember(acme.Credentials.ClientId, ada.PersonUrn, registered, "s");

        Assert.Multiple(() =>
        {
            Assert.That(acme.OAuthCallbackUrls, Is.EqualTo(new[] { registered }));
            Assert.That(back.GetLeftPart(UriPartial.Path), Is.EqualTo(registered.AbsoluteUri));
            Assert.That(() => _h.Emulator.AuthorizeMember(acme.Credentials.ClientId, ada.PersonUrn, new Uri("https://other.example/cb")),
                Throws.ArgumentException.With.Message.Contains("redirect_uri"));
            Assert.That(() => _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", OAuthCallbackUrls = [new Uri("/relative", UriKind.Relative)] }),
                Throws.ArgumentException.With.Message.Contains("OAuthCallbackUrls"));
        });
    }

    private static string QueryValue(Uri uri, string name) =>
        Uri.UnescapeDataString(uri.Query.TrimStart('?').Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..]);

    private async Task<string> ExchangeAsync(string clientId, string clientSecret, string code)
    {
        using HttpResponseMessage response = await _h.Http.PostAsync(new Uri("oauth/v2/accessToken", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = Redirect,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));
        string text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonNode.Parse(text)!["access_token"]!.GetValue<string>();
    }

    private async Task<JsonNode> ControlAsync(string path, string json, HttpStatusCode expected)
    {
        (HttpStatusCode status, JsonNode? body) = await SendControlAsync(path, json);
        Assert.That(status, Is.EqualTo(expected), body?.ToJsonString());
        return body!;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendControlAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _h.Http.PostAsync(new Uri("/_emulator/" + path, UriKind.Relative), content);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
