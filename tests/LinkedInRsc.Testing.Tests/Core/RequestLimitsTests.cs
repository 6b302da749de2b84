using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>
/// What keeps a long-running (standalone) emulator healthy under hostile or broken clients: a request-body limit, a
/// journal bounded in bodies as well as entries, and invalid UTF-8 answered as bad input (stalled bodies:
/// <see cref="StalledConnectionTests"/>).
/// </summary>
[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class RequestLimitsTests(FrontEnd frontEnd)
{
    private const string Path = "v2/atsCandidates?ids=List((atsCandidateId:C1,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123))";
    private EmulatorHarness _h = null!;
    private string _token = null!;

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private async Task StartAsync(Action<EmulatorOptions>? configure = null)
    {
        _h = await EmulatorHarness.StartAsync(frontEnd, configure);
        EmulatedCustomer acme = await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(123), AccessLevel = AccessLevel.Company });
        _token = await _h.TokenAsync(acme.Credentials);
    }

    [Test]
    public async Task BodyOverTheLimit_Is413_AndNotKeptInTheJournal()
    {
        await StartAsync(o => o.MaxRequestBodyBytes = 1024);
        string big = "{\"entities\":{\"x\":\"" + new string('a', 4096) + "\"}}";

        var (status, body, _) = await _h.SendAsync(HttpMethod.Put, Path, _token, big, "BATCH_UPDATE", protocol2: true);

        Assert.That(status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("1024 bytes"));
        Assert.That(_h.Emulator.Journal.Entries[^1].Body, Is.Empty);
    }

    [Test]
    public async Task BodyUnderTheLimit_IsProcessed()
    {
        await StartAsync(o => o.MaxRequestBodyBytes = 1024);

        var (status, _, _) = await _h.SendAsync(HttpMethod.Put, Path, _token, "{\"entities\":{}}", "BATCH_UPDATE", protocol2: true);

        Assert.That(status, Is.Not.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Journal_CutsLongBodies_AndDropsOldEntriesPastItsBodyBudget()
    {
        await StartAsync(o =>
        {
            o.JournalMaxBodyLength = 100;
            o.JournalMaxTotalBodyLength = 250;
        });
        _h.Emulator.Journal.Clear();

        for (int i = 0; i < 5; i++)
        {
            await _h.SendAsync(HttpMethod.Put, Path, _token, "{\"entities\":{\"k\":\"" + new string((char)('a' + i), 500) + "\"}}", "BATCH_UPDATE", protocol2: true);
        }

        IReadOnlyList<EmulatorJournalEntry> entries = _h.Emulator.Journal.Entries;
        Assert.That(entries.Select(e => e.Body.Length), Is.All.EqualTo(100));
        Assert.That(entries.Select(e => e.BodyTruncated), Is.All.True);
        Assert.That(entries, Has.Count.EqualTo(2), "250 characters hold two bodies of 100");
        Assert.That(entries[^1].Body, Does.Contain("eeee"), "the newest are kept");
    }

    [Test]
    public async Task InvalidUtf8InAJsonBody_Is400()
    {
        await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Path, UriKind.Relative))
        {
            // A valid batch whose candidate's first name holds the invalid sequence C3 28.
            Content = new ByteArrayContent([.. "{\"entities\":{\"(atsCandidateId:C1,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A123)\":{\"firstName\":\""u8, 0xC3, 0x28, .. "\"}}}"u8]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        request.Headers.TryAddWithoutValidation("X-RestLi-Method", "BATCH_UPDATE");
        request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");

        using HttpResponseMessage response = await _h.Http.SendAsync(request);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["message"]!.GetValue<string>(), Does.Contain("UTF-8"));
    }
}
