using System.Net;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

/// <summary>The 1-Click Export flow end to end: recruiter exports, signed push reaches the callback, the ATS pulls the export.</summary>
public sealed class ExportPushTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartWithCallbackAsync();

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task ExportCandidate_Push_IsSignedWithTheCustomersSecretAndNamesARetrievableRequest()
    {
        var acme = await _h.AddCallbackCustomerAsync(AccessLevel.Company);
        _h.Emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        var token = await _h.TokenAsync(acme.Credentials);
        var job = JobPostingStoreTests.Job("JOB-7");
        job["integrationContext"] = acme.OrganizationUrn.ToString();
        await _h.SendAsync(HttpMethod.Post, "v2/simpleJobPostings", token, new JsonObject { ["elements"] = new JsonArray(job) }.ToJsonString(), "batch_create");
        var member = await _h.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace", Headline = "Engineer" });
        var seat = await _h.Emulator.AddSeatAsync(acme.ContractUrns[0], PersonUrn.Parse("urn:li:person:r1"), "R", "One");

        var export = await _h.Emulator.ExportCandidateAsync("acme", member.PersonUrn, "JOB-7", seat.SeatUrn, ["ada@example.com"]);
        var state = await export.Push.WaitForCompletionAsync();

        Assert.That(state, Is.EqualTo(EmulatorPushState.Delivered));
        var (_, body, signature) = _h.Callback.Pushes.Last();
        Assert.That(signature, Is.EqualTo("hmacsha256=" + FakeCallback.Hmac(body, acme.Credentials.ClientSecret)));
        var push = JsonNode.Parse(body)!;
        Assert.That(push["eventType"]!.GetValue<string>(), Is.EqualTo("EXPORT_CANDIDATE_PROFILE"));

        var requestId = push["requestId"]!.GetValue<string>();
        var (status, exported, _) = await _h.SendAsync(HttpMethod.Get, $"v2/exportedCandidates?q=request&requestId={requestId}", token);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var element = exported!["elements"]![0]!;
        Assert.That(element["atsJobPostingId"]!.GetValue<string>(), Is.EqualTo("JOB-7"));
        Assert.That(element["exporter"]!.GetValue<string>(), Is.EqualTo(seat.SeatUrn.ToString()));
        Assert.That(element["candidate"]!["headline"]!.GetValue<string>(), Is.EqualTo("Engineer"));
        Assert.That(element["candidate"]!["emailAddresses"]![0]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
    }
}
