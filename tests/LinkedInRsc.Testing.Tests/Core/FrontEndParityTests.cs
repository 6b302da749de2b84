using System.Net.Http.Headers;
using System.Text;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>One emulator, both front-ends, the same requests: identical statuses, content types and bodies.</summary>
public sealed class FrontEndParityTests
{
    [Test]
    public async Task SameRequests_GiveIdenticalAnswers_OverHttpAndInMemory()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(FrontEnd.Http);
        EmulatedCustomer acme = await h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(123) });
        string token = await h.TokenAsync(acme.Credentials);
        using var network = new HttpClient { BaseAddress = h.Emulator.BaseAddress };
        using HttpClient inMemory = h.Emulator.CreateHttpClient();

        (string Method, string Path, string? Body)[] requests =
        [
            ("GET", "/v2/atsIntegrations?ids[0].integrationContext=urn:li:organization:123&ids[0].integrationType=ONE_CLICK_EXPORT&ids[0].tenantType=RECRUITER&ids[0].dataProvider=ATS&ids[1].integrationContext=urn:li:organization:9&ids[1].integrationType=ONE_CLICK_EXPORT&ids[1].tenantType=RECRUITER&ids[1].dataProvider=ATS", null),
            ("GET", "/v2/atsIntegrations?q=request&requestId=missing", null),
            ("GET", "/v2/unknownResource", null),
            ("DELETE", "/v2/atsIntegrations?ids[0].integrationContext=urn:li:organization:123&ids[0].integrationType=ONE_CLICK_EXPORT&ids[0].tenantType=RECRUITER&ids[0].dataProvider=ATS", null),
            ("PUT", "/v2/atsIntegrations/integrationContext=urn:li:organization:123&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS/configurations?ids=CALLBACK_URL", """{"entities":{"CALLBACK_URL":{"configurationValue":{"string":"http://insecure"}}}}"""),
        ];

        foreach ((string method, string path, string? body) in requests)
        {
            (int Status, string? Type, string Body) viaNetwork = await SendAsync(network, method, path, body, token);
            (int Status, string? Type, string Body) viaMemory = await SendAsync(inMemory, method, path, body, token);

            Assert.That(viaMemory, Is.EqualTo(viaNetwork), $"{method} {path}");
        }
    }

    private static async Task<(int Status, string? Type, string Body)> SendAsync(HttpClient client, string method, string path, string? body, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (method == "PUT")
        {
            request.Headers.TryAddWithoutValidation("X-RestLi-Method", "batch_update");
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
