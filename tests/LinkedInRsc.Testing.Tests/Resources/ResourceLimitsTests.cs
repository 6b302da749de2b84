using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

/// <summary>Batch limits, query tunneling and the records-per-minute quota on the resources' routes.</summary>
[TestFixture(1)]
[TestFixture(2)]
public sealed class ResourceLimitsTests(int protocol)
{
    private EmulatorHarness _harness = null!;
    private EmulatedCustomer _acme = null!;
    private ResourceWire _wire = null!;

    [SetUp]
    public async Task SetUp()
    {
        _harness = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        _acme = await _harness.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        _wire = new ResourceWire(_harness, protocol, await _harness.TokenAsync(_acme.Credentials));
    }

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    private (string, string)[] Key(int i) => [("atsCandidateId", $"C{i}"), ("dataProvider", "ATS"), ("integrationContext", _acme.OrganizationUrn!.Value.ToString())];

    private static JsonObject Candidate(int i) => new()
    {
        ["addresses"] = new JsonArray(),
        ["atsCreatedAt"] = 1_600_000_000_000,
        ["atsLastModifiedAt"] = 1_600_000_000_000,
        ["firstName"] = "Candidate",
        ["emailAddresses"] = new JsonArray($"c{i}@example.com"),
        ["phoneNumbers"] = new JsonArray(),
    };

    private (string Query, string Json) Batch(int count)
    {
        var keys = Enumerable.Range(0, count).Select(Key).ToArray();
        var json = ResourceWire.Entities(keys.Select((k, i) => (_wire.Key(k), (JsonNode)Candidate(i))).ToArray());
        return (_wire.Ids(keys), json);
    }

    /// <summary>A 100-key batch exceeds LinkedIn's 4,000-character URL rule, so it travels as a tunneled POST.</summary>
    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendTunneledAsync(int count)
    {
        var (query, json) = Batch(count);
        Assert.That(query.Length, count >= 100 ? Is.GreaterThan(4000) : Is.GreaterThan(0));
        var (status, body, _) = await _harness.SendAsync(HttpMethod.Post, "v2/atsCandidates", _wire.Token, null, "BATCH_UPDATE", protocol2: _wire.V2, configure: request =>
        {
            request.Headers.TryAddWithoutValidation("X-HTTP-Method-Override", "PUT");
            var multipart = new MultipartContent("mixed")
            {
                new StringContent(query, Encoding.UTF8, "application/x-www-form-urlencoded"),
                new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Content = multipart;
        });
        return (status, body);
    }

    [Test]
    public async Task TunneledBatch_Of100Candidates_IsAcceptedEntityByEntity()
    {
        var (status, body) = await SendTunneledAsync(100);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body?.ToJsonString());
        Assert.That(body!["results"]!.AsObject().Select(r => r.Value!["status"]!.GetValue<int>()).ToList(), Has.Count.EqualTo(100).And.All.EqualTo(204));
    }

    [Test]
    public async Task Batch_Of101_IsRefusedWhole()
    {
        var (status, body) = await SendTunneledAsync(101);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body?.ToJsonString());
        Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("100"));
    }

    [Test]
    public async Task SubResourcePath_IncompleteParentKey_IsRefusedNamingTheMissingPart()
    {
        var parent = _wire.Key(("atsCandidateId", "C1"), ("integrationContext", _acme.OrganizationUrn!.Value.ToString()));
        var (status, body, _) = await _wire.SendAsync(HttpMethod.Put, $"v2/atsCandidates/{parent}/notes?{_wire.SimpleIds("N1")}", ResourceWire.Entities(("N1", new JsonObject { ["note"] = "x" })), "batch_update");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body?.ToJsonString());
        Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("dataProvider"));
    }

    [Test]
    public async Task CandidateRecords_CountAgainstTheRecordsPerMinuteQuota()
    {
        _harness.Emulator.Quotas.RecordsPerMinute = 3;
        var (query, json) = Batch(2);

        var (first, _, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + query, json, "batch_update");
        var (second, error, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + query, json, "batch_update");

        Assert.That(first, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second, Is.EqualTo((HttpStatusCode)429), error?.ToJsonString());
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        var (later, _, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + query, json, "batch_update");
        Assert.That(later, Is.EqualTo(HttpStatusCode.OK));
    }
}
