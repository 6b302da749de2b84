using System.Net;
using LinkedInRsc.Candidates;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaks from the sync engine: a sync and a data deletion at Trace (every category, the HTTP client's own
/// header entries included), with retries, a refused token, invalid and refused records, write no secret, token,
/// name, e-mail, phone or note text to a log entry's message or structured state, an exception, a report or a
/// <c>ToString()</c>. The markers (see <see cref="LeakMarkers"/>) are distinctive so the search means something.
/// </summary>
[TestFixture]
public sealed class LeakTests
{
    private static CandidateRecord Record(AtsCandidate candidate)
    {
        string app = "A" + candidate.AtsCandidateId;
        return new CandidateRecord
        {
            Candidate = candidate,
            Notes = [new AtsCandidateNote { AtsCandidateId = candidate.AtsCandidateId, NoteId = "N" + candidate.AtsCandidateId, Note = LeakMarkers.NoteText }],
            Applications = [new ApplicationRecord { Application = Application(app, candidate.AtsCandidateId, "J1") with { FirstName = LeakMarkers.FirstName, LastName = LeakMarkers.LastName, CandidateEmail = LeakMarkers.Email }, Stages = [Stage(app, "Phone Screen")] }],
        };
    }

    [Test]
    public async Task SyncAndDeleteAsync_AtTraceWithFaultsAndRefusals_LogNoSecretOrPersonalDataAnywhere()
    {
        var probe = new LeakProbe();
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(
            sdk: o => o.MaxRetryAttempts = 2,
            services: LeakProbe.AddLogging,
            builder: probe.Wire);
        EmulatedCustomer customer = await h.AddSdkCustomerAsync();
        probe.Secret(h.Emulator.PartnerCredentials.ClientSecret);
        probe.Secret(customer.Credentials.ClientSecret);
        h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2/atsCandidates", StatusCode = HttpStatusCode.ServiceUnavailable, Count = 2 });
        h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2/atsCandidates", StatusCode = HttpStatusCode.Unauthorized });
        var engines = (SyncEngineFactory)h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(h.Client, new SyncOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), JobTaskPollInterval = TimeSpan.FromSeconds(1) });
        AtsCandidate person = Candidate("C1") with
        {
            FirstName = LeakMarkers.FirstName,
            LastName = LeakMarkers.LastName,
            EmailAddresses = [LeakMarkers.Email],
            PhoneNumbers = [new PhoneNumber { Number = LeakMarkers.Phone }],
        };
        var request = new SyncRequest
        {
            SyncId = "leaks",
            Jobs = Sync.SyncData.Stream([new JobRecord(Job("J1"))]),
            Candidates = Sync.SyncData.Stream(
            [
                Record(person),
                Record(person with { AtsCandidateId = "C2", EmailAddresses = [LeakMarkers.Email + "\0"] }), // invalid
                Record(person with { AtsCandidateId = "C3", FirstName = LeakMarkers.FirstName + new string('x', 3000) }), // invalid
            ]),
        };

        SyncReport report = await h.DriveAsync(() => engine.SyncAsync(request), engines.LimiterFor(h.Client));
        SyncReport deleted = await h.DriveAsync(() => engine.DeleteAsync(new DeletionRequest
        {
            SyncId = "leaks-delete",
            Deletions = Sync.SyncData.Stream([new Deletion(DeletionKind.Application, "AC1"), new Deletion(DeletionKind.Candidate, "C1"), new Deletion(DeletionKind.Candidate, "NEVER-SYNCED")]),
        }), engines.LimiterFor(h.Client));

        foreach (SyncReport r in new[] { report, deleted })
        {
            probe.Add(r);
            probe.Add(r.Totals);
            probe.AddEach(r.Issues);
            probe.AddEach(r.Issues.Select(i => i.Message));
        }

        probe.Add(customer);
        probe.Add(h.Client);
        probe.Add(request);
        Assert.Multiple(() =>
        {
            Assert.That(report.ByKind[SyncEntityKind.Candidate].Synced, Is.EqualTo(1), "the valid candidate landed after the faults");
            Assert.That(report.Issues.Where(i => i.Kind == SyncEntityKind.Candidate).Select(i => i.Field), Is.EquivalentTo(new[] { "emailAddresses[0]", "firstName" }));
            Assert.That(deleted.ByKind[SyncEntityKind.CandidateDeletion].Synced, Is.GreaterThanOrEqualTo(1), "the synced candidate was deleted");
            Assert.That(h.Synced.Candidates, Is.Empty);
        });
        probe.AssertNothingLeaked(h.Services, minimumEntries: 50, LeakMarkers.All);
        probe.Report("sync + deletion");
    }
}
