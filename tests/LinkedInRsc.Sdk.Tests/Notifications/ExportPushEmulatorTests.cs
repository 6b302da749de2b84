using System.Net;
using LinkedInRsc.Exports;
using LinkedInRsc.Notifications;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>1-click export end to end: the emulator's recruiter exports, its signed push reaches the SDK's processor, the sample ATS places the member.</summary>
public sealed class ExportPushEmulatorTests
{
    private PushScenario _s = null!;

    [SetUp]
    public async Task SetUp() => _s = await PushScenario.StartAsync();

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    [Test]
    public async Task Export_ByARecruiterOfTheJob_LandsInTheJobsProspectStageAndLinksTheCandidateOnLinkedIn()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);

        Assert.That(await export.Push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered));
        SampleCandidate candidate = _s.Ats.Candidates.Single();
        Assert.Multiple(() =>
        {
            Assert.That(candidate.Member, Is.EqualTo(_s.Ada.PersonUrn));
            Assert.That((candidate.FirstName, candidate.LastName), Is.EqualTo(("Ada", "Lovelace")));
            Assert.That(_s.Ats.Applications, Is.EqualTo(new[] { new SampleApplication(candidate.Id, "JOB-1", "Prospect", "LinkedIn (Prospecting)") }));
            Assert.That(_s.Harness.Synced.Candidates.Single(c => c.AtsCandidateId == candidate.Id).ManualMatchedMemberUrn, Is.EqualTo(_s.Ada.PersonUrn),
                "the candidate is synced back with the exported member attached, so the In-ATS indicator links at once");
            Assert.That(_s.Ats.Refusals, Is.Empty);
        });
    }

    [Test]
    public async Task Export_SameMemberToTheSameJobTwice_CreatesNoDuplicate()
    {
        EmulatedExport first = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await first.Push.WaitForCompletionAsync();
        EmulatedExport second = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);

        Assert.That(await second.Push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered));
        Assert.Multiple(() =>
        {
            Assert.That(second.RequestId, Is.Not.EqualTo(first.RequestId), "two exports, two notifications");
            Assert.That(_s.Ats.PlaceCalls, Is.EqualTo(2));
            Assert.That(_s.Ats.Candidates, Has.Count.EqualTo(1));
            Assert.That(_s.Ats.Applications, Has.Count.EqualTo(1));
            Assert.That(_s.Harness.Synced.Candidates, Has.Count.EqualTo(1));
        });
    }

    [TestCase(ExportRefusalReason.JobNotFound)]
    [TestCase(ExportRefusalReason.JobNotActive)]
    [TestCase(ExportRefusalReason.NoProspectStage)]
    [TestCase(ExportRefusalReason.ExporterNotOnHiringTeam)]
    public async Task Export_TheJobRefuses_ShowsTheReasonAndPlacesNothing(ExportRefusalReason reason)
    {
        SampleJob job = new() { Id = "JOB-1", HiringTeam = [new HiringTeamMember(HiringTeamRole.HiringManager, Member: _s.Recruiter.MemberUrn)] };
        if (reason == ExportRefusalReason.JobNotFound)
        {
            _s.Ats.RemoveJob("JOB-1");
        }
        else
        {
            _s.Ats.AddJob(reason switch
            {
                ExportRefusalReason.JobNotActive => job with { IsActive = false },
                ExportRefusalReason.NoProspectStage => job with { Stages = ["Phone Screen", "Onsite"] },
                _ => job with { HiringTeam = [new HiringTeamMember(HiringTeamRole.Other, _s.Recruiter.SeatUrn), new HiringTeamMember(HiringTeamRole.Recruiter, SeatUrn.FromId(999))] },
            });
        }

        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);

        Assert.That(await export.Push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered), "a refusal is the ATS's answer: acknowledged, never retried");
        PushResult result = _s.Harness.SdkCallback!.Results.Last();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExportRefusals.Select(r => r.Reason), Is.EqualTo(new[] { reason }));
            Assert.That(result.ExportRefusals[0].Message, Does.Not.Contain("Ada").And.Not.Contain("Lovelace"), "a refusal names ids, not the member");
            Assert.That(_s.Ats.Refusals.Select(r => r.Reason), Is.EqualTo(new[] { reason }));
            Assert.That(_s.Ats.Candidates, Is.Empty);
            Assert.That(_s.Harness.Synced.Candidates, Is.Empty, "nothing is synced back for a refused export");
        });
    }

    [Test]
    public async Task Export_HandlerThrows_IsNotAcknowledgedAndIsProcessedOnceWhenLinkedInRetries()
    {
        _s.Ats.FailNextPlacements = 1;

        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForAttemptsAsync(1);
        EmulatorPushAttempt failed = export.Push.Attempts[0];
        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), "not acknowledged");
        Assert.That(_s.Ats.Candidates, Is.Empty);

        _s.Harness.Time.Advance(failed.NextAttemptAt!.Value - _s.Harness.Time.GetUtcNow());

        Assert.That(await export.Push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered));
        Assert.Multiple(() =>
        {
            Assert.That(export.Push.Attempts.Select(a => a.StatusCode), Is.EqualTo(new HttpStatusCode?[] { HttpStatusCode.InternalServerError, HttpStatusCode.OK }));
            Assert.That(_s.Ats.PlaceCalls, Is.EqualTo(2));
            Assert.That(_s.Ats.Candidates, Has.Count.EqualTo(1));
            Assert.That(_s.Ats.Applications, Has.Count.EqualTo(1));
            Assert.That(_s.Logs.Messages, Has.Some.Contains("not acknowledged"));
        });
    }

    [Test]
    public async Task Export_ReplayedNotification_IsProcessedOnce()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForCompletionAsync();

        PushResult replay = await _s.Processor.ProcessAsync(PushScenario.Post("acme", System.Text.Encoding.UTF8.GetBytes(export.Push.Body), export.Push.Signature));

        Assert.Multiple(() =>
        {
            Assert.That(replay.StatusCode, Is.EqualTo(200), "acknowledged, so LinkedIn stops sending it");
            Assert.That(replay.Outcome, Is.EqualTo(PushOutcome.Duplicate));
            Assert.That(_s.Ats.PlaceCalls, Is.EqualTo(1));
            Assert.That(_s.Emulator.Journal.For("/v2/exportedCandidates"), Has.Count.EqualTo(1), "the export is fetched once");
        });
    }

    [Test]
    public async Task Export_OfAnotherCustomersOrganization_IsRefusedAndNothingPlaced()
    {
        // Globex's export announced on acme's callback, signed with acme's secret: LinkedIn refuses acme's token (403).
        EmulatedCustomer globex = await _s.Emulator.AddCustomerAsync("globex", LinkedInRsc.Customers.AccessLevel.Company);
        string body = $$"""{"notificationId":"n-x","eventType":"EXPORT_CANDIDATE_PROFILE","requestId":"{{await GlobexExportAsync(globex)}}"}""";

        PushResult result = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", body, _s.Acme.Credentials.ClientSecret));

        Assert.Multiple(() =>
        {
            Assert.That(result.StatusCode, Is.EqualTo(200));
            Assert.That(result.ExportRefusals.Single().Reason, Is.EqualTo(ExportRefusalReason.NotForCustomer));
            Assert.That(_s.Ats.PlaceCalls, Is.Zero);
            Assert.That(_s.Harness.Synced.Candidates, Is.Empty);
        });
    }

    [Test]
    public async Task Export_AnsweredWithAnotherOrganizationsIntegrationContext_IsRefusedBeforeTheHostSeesIt()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForCompletionAsync();
        _s.Harness.Hook.Respond = request => request.RequestUri!.AbsolutePath.EndsWith("/exportedCandidates", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    """{"elements":[{"requestId":"r-2","integrationContext":"urn:li:organization:424242","candidate":{"firstName":"X","lastName":"Y","member":""" + "\"" + _s.Ada.PersonUrn + "\"" +
                    ""","profileUrl":"https://www.linkedin.com/in/x","currentEmployerNames":[],"emailAddresses":[]}}]}""",
                    System.Text.Encoding.UTF8,
                    "application/json"),
            }
            : null;
        string body = """{"notificationId":"n-2","eventType":"EXPORT_CANDIDATE_PROFILE","requestId":"r-2"}""";

        PushResult result = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", body, _s.Acme.Credentials.ClientSecret));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExportRefusals.Single().Reason, Is.EqualTo(ExportRefusalReason.NotForCustomer));
            Assert.That(result.ExportRefusals.Single().Message, Does.Contain("urn:li:organization:424242"));
            Assert.That(_s.Ats.PlaceCalls, Is.EqualTo(1), "only the first, genuine export reached the ATS");
        });
    }

    private async Task<string> GlobexExportAsync(EmulatedCustomer globex)
    {
        // Globex syncs a job with its own token, then a recruiter exports to it (globex has no callback: no push).
        var token = await _s.Harness.TokenAsync(globex.Credentials);
        var job = new System.Text.Json.Nodes.JsonObject
        {
            ["integrationContext"] = globex.OrganizationUrn.ToString(),
            ["externalJobPostingId"] = "G-1",
            ["title"] = "Engineer",
            ["description"] = "Builds things.",
            ["location"] = "Sunnyvale, CA",
            ["companyApplyUrl"] = "https://globex.example/jobs/G-1",
            ["listedAt"] = 1_700_000_000_000,
            ["availability"] = "PRIVATE_TO_ATS_INTEGRATION",
            ["state"] = "LISTED",
        };
        await _s.Harness.SendAsync(HttpMethod.Post, "v2/simpleJobPostings", token, new System.Text.Json.Nodes.JsonObject { ["elements"] = new System.Text.Json.Nodes.JsonArray(job) }.ToJsonString(), "batch_create");
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("globex", _s.Ada.PersonUrn, "G-1");
        return export.RequestId;
    }
}
