using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

/// <summary>The SDK's own Rest.li client against the emulator's resources, in both protocols.</summary>
[TestFixture(RestLiProtocolVersion.Version1)]
[TestFixture(RestLiProtocolVersion.Version2)]
public sealed class RestLiClientResourceTests(RestLiProtocolVersion protocol)
{
    private EmulatorHarness _harness = null!;
    private EmulatedCustomer _acme = null!;
    private HttpClient _http = null!;
    private RestLiClient _client = null!;

    [SetUp]
    public async Task SetUp()
    {
        _harness = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        _acme = await _harness.Emulator.AddCustomerAsync("acme", AccessLevel.Contract);
        _http = new HttpClient(_harness.Emulator.CreateHttpMessageHandler()) { BaseAddress = _harness.Emulator.ApiBaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _harness.TokenAsync(_acme.Credentials));
        _client = new RestLiClient(_http, new RestLiClientOptions { ProtocolVersion = protocol });
    }

    [TearDown]
    public async Task TearDown()
    {
        _http.Dispose();
        await _harness.DisposeAsync();
    }

    private RestLiValue CandidateKey(string id) =>
        RestLiValue.RecordOf(("atsCandidateId", id), ("dataProvider", "ATS"), ("integrationContext", _acme.OrganizationUrn!.Value.ToString()));

    private static JsonObject Candidate(string email) => new()
    {
        ["addresses"] = new JsonArray(),
        ["atsCreatedAt"] = 1_600_000_000_000,
        ["atsLastModifiedAt"] = 1_600_000_000_000,
        ["firstName"] = "Ada",
        ["emailAddresses"] = new JsonArray(email),
        ["phoneNumbers"] = new JsonArray(),
    };

    [Test]
    public async Task BatchUpdateAndPartialUpdate_ReportEachKey()
    {
        var response = await _client.SendAsync(RestLiRequest.BatchUpdate("atsCandidates", [
            new(CandidateKey("C1"), Candidate("ada@example.com")),
            new(CandidateKey("C2"), Candidate("not-an-email")),
        ]));
        var result = response.ReadBatchResult();

        Assert.That(result.TryGetResult(CandidateKey("C1"), out var c1) && c1.Outcome == RestLiOutcome.Succeeded, Is.True);
        Assert.That(result.TryGetResult(CandidateKey("C2"), out var c2), Is.True);
        Assert.That(c2!.Outcome, Is.EqualTo(RestLiOutcome.Failed));
        Assert.That(c2.Error!.Status, Is.EqualTo(400));
        Assert.That(c2.Error.Message, Does.Contain("emailAddresses"));

        var patch = await _client.SendAsync(RestLiRequest.BatchPartialUpdate("atsCandidates", [
            new(CandidateKey("C1"), RestLiPatch.SetFields(new JsonObject { ["manualMatchedMember"] = "urn:li:person:ada" })),
            new(CandidateKey("C3"), RestLiPatch.DeleteFields("manualMatchedMember")),
        ]));
        var patched = patch.ReadBatchResult();
        Assert.That(patched.TryGetResult(CandidateKey("C1"), out var p1) && p1.Outcome == RestLiOutcome.Succeeded, Is.True);
        Assert.That(patched.TryGetResult(CandidateKey("C3"), out var p3) ? p3.Error?.Status : null, Is.EqualTo(404));
    }

    [Test]
    public async Task CandidateNotes_AreWrittenThroughTheParentKey()
    {
        await _client.SendAsync(RestLiRequest.BatchUpdate("atsCandidates", [new(CandidateKey("C1"), Candidate("ada@example.com"))]));

        var response = await _client.SendAsync(RestLiRequest.BatchUpdate("atsCandidates/{candidate}/notes", [new(RestLiValue.FromString("N1"), new JsonObject { ["note"] = "Great" })])
            with
        { PathKeys = new Dictionary<string, RestLiValue> { ["candidate"] = CandidateKey("C1") } });

        Assert.That(response.ReadBatchResult().TryGetResult(RestLiValue.FromString("N1"), out var n1) && n1.Outcome == RestLiOutcome.Succeeded, Is.True);
    }

    [Test]
    public async Task JobsBatchCreate_ReturnsTaskIdsPerElement()
    {
        var job = JobPostingStoreTests.Job("JOB-1");
        job["integrationContext"] = _acme.OrganizationUrn.ToString();
        var bad = JobPostingStoreTests.Job("JOB-2");
        bad["integrationContext"] = _acme.OrganizationUrn.ToString();
        bad["listedAt"] = -5;

        var results = (await _client.SendAsync(RestLiRequest.BatchCreate("simpleJobPostings", [job, bad]))).ReadBatchCreateResults();

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Succeeded, RestLiOutcome.Failed }));
        Assert.That(results[0].Id!.AsString(), Does.StartWith("urn:li:simpleJobPostingTask:"));
        Assert.That(results[1].Error!.Message, Does.Contain("listedAt"));
    }

    [Test]
    public async Task Seats_StreamPageByPage()
    {
        for (var i = 0; i < 5; i++)
        {
            await _harness.Emulator.AddSeatAsync(_acme.ContractUrns[0], PersonUrn.Parse($"urn:li:person:r{i}"), "R", $"{i}");
        }

        var request = RestLiRequest.Finder("seatsV2", "attributes", new Dictionary<string, RestLiValue>
        {
            ["contracts"] = RestLiValue.ListOf([_acme.ContractUrns[0].ToString()]),
            ["states"] = RestLiValue.ListOf(["ACTIVE"]),
            ["start"] = RestLiValue.FromInt64(0),
        });
        var members = new List<string>();
        await foreach (var seat in _client.ListAsync(request, pageSize: 2))
        {
            members.Add(seat.GetProperty("member").GetString()!);
        }

        Assert.That(members, Is.EqualTo(Enumerable.Range(0, 5).Select(i => $"urn:li:person:r{i}")));
    }
}
