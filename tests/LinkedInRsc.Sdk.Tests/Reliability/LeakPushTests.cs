using System.Text;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Notifications;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Testing;
using LinkedInRsc.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaks from what LinkedIn sends the ATS: 1-click export of a member (profile data handed to the ATS and
/// synced back), an integration status change, the callback's validation challenge, hand-made pushes carrying
/// candidate data (signed, wrongly signed, malformed, unsigned, of an unknown type) and the closed-profiles check.
/// No signature, webhook secret, challenge answer, name, e-mail, headline or location reaches a log entry (message or
/// structured state, every category at Trace), an exception or a <c>ToString()</c>.
/// </summary>
[TestFixture]
public sealed class LeakPushTests
{
    [Test]
    public async Task ExportsStatusChangesAndPushes_AtTrace_LogNoSignatureSecretOrProfileData()
    {
        var probe = new LeakProbe();
        var purged = new PurgedHandler();
        await using PushScenario s = await PushScenario.StartAsync(
            services: sc =>
            {
                LeakProbe.AddLogging(sc);
                sc.AddSingleton<IPurgedCandidateHandler>(purged);
            },
            builder: b =>
            {
                probe.Wire(b);
                b.AddPurgedCandidatesCheck();
            });
        Customer acme = (await s.Directory.FindAsync("acme"))!;
        string secret = acme.Credentials!.ClientSecret;
        probe.Secret(secret);
        probe.Secret(s.Emulator.PartnerCredentials.ClientSecret);

        // 1-click export of a member whose every field is a marker.
        EmulatedMember member = await s.Emulator.AddMemberAsync(new EmulatedMemberSetup
        {
            FirstName = LeakMarkers.FirstName,
            LastName = LeakMarkers.LastName,
            EmailAddresses = [LeakMarkers.Email],
            Headline = LeakMarkers.Headline,
            Location = LeakMarkers.Location,
            CurrentEmployerNames = [LeakMarkers.Employer],
        });
        EmulatedExport export = await s.Emulator.ExportCandidateAsync("acme", member.PersonUrn, "JOB-1", s.Recruiter.SeatUrn, [LeakMarkers.Email]);
        EmulatorPushState exported = await export.Push.WaitForCompletionAsync();
        s.Ats.RemoveJob("JOB-1"); // the next export is refused by the ATS: the job is gone
        EmulatedExport refused = await s.Emulator.ExportCandidateAsync("acme", member.PersonUrn, "JOB-1", s.Recruiter.SeatUrn);
        await refused.Push.WaitForCompletionAsync();

        // An integration status change, then the callback's validation challenge.
        EmulatorIntegrationChange change = await s.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Company);
        await change.Push!.WaitForCompletionAsync();
        PushResult challenge = await s.Processor.ProcessAsync(new PushRequest
        {
            CustomerId = "acme",
            Method = "GET",
            Query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["challengeCode"] = "challenge-5b7e2a" },
        });
        string challengeAnswer = FakeCallback.Hmac("challenge-5b7e2a", secret);

        // Hand-made pushes carrying candidate data, in every shape the processor refuses or accepts.
        string body = $$"""{"notificationId":"n-leak","eventType":"CANDIDATE_DATA_UPDATE","requestId":"r-leak","firstName":"{{LeakMarkers.FirstName}}","email":"{{LeakMarkers.Email}}","phone":"{{LeakMarkers.Phone}}"}""";
        PushRequest signed = PushScenario.SignedPost("acme", body, secret);
        string signature = signed.Headers["X-LI-Signature"];
        string wrong = "hmacsha256=" + FakeCallback.Hmac(body, "not-the-secret-9f3");
        var results = new List<PushResult>
        {
            challenge,
            await s.Processor.ProcessAsync(signed),
            await s.Processor.ProcessAsync(signed), // a duplicate
            await s.Processor.ProcessAsync(PushScenario.Post("acme", Encoding.UTF8.GetBytes(body), wrong)),
            await s.Processor.ProcessAsync(PushScenario.Post("acme", Encoding.UTF8.GetBytes(body), signature[..^4] + "zzzz")),
            await s.Processor.ProcessAsync(PushScenario.Post("acme", Encoding.UTF8.GetBytes(body), null)),
            await s.Processor.ProcessAsync(PushScenario.SignedPost("acme", body[..^10], secret)), // malformed
            await s.Processor.ProcessAsync(PushScenario.SignedPost("acme", """{"notificationId":"n-x","eventType":"EXPORT_CANDIDATE_PROFILE","firstName":"Zephyrine"}""", secret)), // no request id
            await s.Processor.ProcessAsync(PushScenario.SignedPost("nobody", body, secret)),
        };
        results.AddRange(s.Harness.SdkCallback!.Results);

        // Closed profiles: the exported member closes their profile; the check hands them to the host.
        s.Harness.Time.Advance(TimeSpan.FromDays(3));
        await s.Emulator.CloseMemberProfileAsync(member.PersonUrn);
        int handed = await s.Harness.Services.GetRequiredService<PurgedCandidatesCheck>().CheckAllAsync();

        foreach (PushResult result in results)
        {
            probe.Add(result);
            probe.AddEach(result.Notifications);
            probe.AddEach(result.ExportRefusals);
            probe.AddEach(result.ExportRefusals.Select(r => r.Message));
            if (result.Outcome != PushOutcome.ChallengeAnswered)
            {
                probe.Add(result.Body);
            }
        }

        probe.Add(signed);
        probe.AddEach(purged.Received);
        probe.AddEach(s.Ats.Candidates);
        SampleCandidate placed = s.Ats.Candidates.Single(c => c.Member == member.PersonUrn);
        Assert.Multiple(() =>
        {
            Assert.That(exported, Is.EqualTo(EmulatorPushState.Delivered));
            Assert.That((placed.FirstName, placed.LastName), Is.EqualTo((LeakMarkers.FirstName, LeakMarkers.LastName)), "the profile data reached the ATS");
            Assert.That(results.Select(r => r.Refusal), Is.SupersetOf(new PushRefusalReason?[] { PushRefusalReason.WrongSignature, PushRefusalReason.MalformedSignature, PushRefusalReason.MissingSignature, PushRefusalReason.MalformedBody, PushRefusalReason.UnknownCustomer }));
            Assert.That(results.Where(r => r.ExportRefusals.Count > 0), Is.Not.Empty, "the export to an unknown job was refused");
            Assert.That(challenge.Body, Does.Contain(challengeAnswer).IgnoreCase, "the challenge was answered (to LinkedIn, not to the logs)");
            Assert.That(handed, Is.EqualTo(1));
        });
        probe.AssertNothingLeaked(s.Harness.Services, minimumEntries: 50, [.. LeakMarkers.All, signature[11..], wrong[11..], challengeAnswer, "not-the-secret-9f3"]);
        probe.Report("push and export");
    }

    private sealed class PurgedHandler : IPurgedCandidateHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<PurgedCandidate> Received { get; } = new();

        public Task OnPurgedAsync(ICustomerClient customer, IReadOnlyList<PurgedCandidate> purged, CancellationToken cancellationToken = default)
        {
            foreach (PurgedCandidate candidate in purged)
            {
                Received.Enqueue(candidate);
            }

            return Task.CompletedTask;
        }
    }
}
