using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Resources;

/// <summary>
/// The control twins a client of a standalone emulator needs beyond the scripted actions:
/// <c>POST /_emulator/pushes/{id}/wait</c> (of <see cref="EmulatorPush.WaitForCompletionAsync"/>) and
/// <c>GET /_emulator/organizations/{urn}/syncedData</c> (of <c>GetSyncedData</c>).
/// </summary>
public sealed class PushWaitAndSyncedDataTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartWithCallbackAsync();

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
    public async Task WaitForPush_RetriedPush_AnswersOnceDeliveredWithEveryAttempt()
    {
        await _h.AddCallbackCustomerAsync(AccessLevel.Company);
        foreach (EmulatorPush earlier in _h.Emulator.Pushes.All)
        {
            await earlier.WaitForCompletionAsync(); // so that the failure queued next is the disable push's, not theirs
        }

        _h.Callback.QueuePushStatus(HttpStatusCode.ServiceUnavailable);
        var (_, change) = await ControlAsync(HttpMethod.Post, "/_emulator/customers/acme/integrations/disable", """{"accessLevel":"company"}""");
        string pushId = change!["pushId"]!.GetValue<string>();
        EmulatorPush push = _h.Emulator.Pushes.All.Single(p => p.Id == pushId);
        await push.WaitForAttemptsAsync(1);

        Task<(HttpStatusCode Status, JsonNode? Body)> waiting = ControlAsync(HttpMethod.Post, $"/_emulator/pushes/{pushId}/wait", """{"timeoutMs":3600000}""");
        Assert.That(waiting.IsCompleted, Is.False, "the first attempt failed: the push is still pending");
        _h.Time.Advance(push.Attempts[0].NextAttemptAt!.Value - _h.Time.GetUtcNow());
        var (status, body) = await waiting;

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body!["state"]!.GetValue<string>(), Is.EqualTo("DELIVERED"));
        Assert.That(body["eventType"]!.GetValue<string>(), Is.EqualTo("INTEGRATION_STATUS_CHANGE"));
        Assert.That(body["attempts"]!.AsArray().Select(a => a!["status"]!.GetValue<int>()), Is.EqualTo(new[] { 503, 200 }));
    }

    [Test]
    public async Task WaitForPush_UnknownIdOrNegativeTimeout_IsRefused()
    {
        await _h.AddCallbackCustomerAsync(AccessLevel.Company);
        var (_, change) = await ControlAsync(HttpMethod.Post, "/_emulator/customers/acme/integrations/disable", """{"accessLevel":"company"}""");

        var unknown = await ControlAsync(HttpMethod.Post, "/_emulator/pushes/no-such-push/wait", "{}");
        var negative = await ControlAsync(HttpMethod.Post, $"/_emulator/pushes/{change!["pushId"]!.GetValue<string>()}/wait", """{"timeoutMs":-1}""");

        Assert.That((unknown.Status, negative.Status), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.BadRequest)));
        Assert.That(negative.Body!["message"]!.GetValue<string>(), Does.Contain("timeoutMs"));
    }

    [Test]
    public async Task SyncedData_OverHttp_AnswersWhatGetSyncedDataReturns()
    {
        EmulatedCustomer acme = await _h.AddCallbackCustomerAsync(AccessLevel.Company);
        string org = acme.OrganizationUrn!.Value.ToString();
        var wire = new ResourceWire(_h, 2, await _h.TokenAsync(acme.Credentials));
        (string, string)[] key = [("atsCandidateId", "C1"), ("dataProvider", "ATS"), ("integrationContext", org)];
        var candidate = new JsonObject
        {
            ["addresses"] = new JsonArray(),
            ["atsCreatedAt"] = 1_600_000_000_000,
            ["atsLastModifiedAt"] = 1_600_000_000_000,
            ["firstName"] = "Ada",
            ["lastName"] = "Lovelace",
            ["emailAddresses"] = new JsonArray("ada@example.com"),
            ["phoneNumbers"] = new JsonArray(),
        };
        var (written, _, _) = await wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + wire.Ids(key), ResourceWire.Entities((wire.Key(key), candidate)), "BATCH_UPDATE");
        Assert.That(written, Is.EqualTo(HttpStatusCode.OK));

        var (status, body) = await ControlAsync(HttpMethod.Get, $"/_emulator/organizations/{Uri.EscapeDataString(org)}/syncedData");
        var (bad, _) = await ControlAsync(HttpMethod.Get, "/_emulator/organizations/acme/syncedData");

        EmulatedSyncedData expected = _h.Emulator.GetSyncedData(acme.OrganizationUrn.Value);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body!["organization"]!.GetValue<string>(), Is.EqualTo(org));
        Assert.That(body["candidates"]!.AsArray().Select(c => c!["atsCandidateId"]!.GetValue<string>()), Is.EqualTo(expected.Candidates.Select(c => c.AtsCandidateId)).And.EqualTo(new[] { "C1" }));
        Assert.That(body["candidates"]![0]!["manualMatchedMember"], Is.Null);
        Assert.That(body["applications"]!.AsArray(), Is.Empty);
        Assert.That(bad, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
