using System.Net;
using LinkedInRsc.Candidates;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaks: a sync at Trace level, with retries, a refused token, invalid and refused records, writes no secret,
/// token, name, e-mail or phone to a log line, an exception message, a report or a <c>ToString()</c>.
/// </summary>
[TestFixture]
public sealed class LeakTests
{
    private const string FirstName = "Zephyrine";
    private const string LastName = "Quixotica";
    private const string Email = "zephyrine.quixotica@private.example";
    private const string Phone = "+44 7700 900123";

    private static CandidateRecord Record(AtsCandidate candidate)
    {
        string app = "A" + candidate.AtsCandidateId;
        return new CandidateRecord
        {
            Candidate = candidate,
            Applications = [new ApplicationRecord { Application = Application(app, candidate.AtsCandidateId, "J1") with { FirstName = FirstName, CandidateEmail = Email }, Stages = [Stage(app, "Phone Screen")] }],
        };
    }

    [Test]
    public async Task SyncAsync_AtTraceWithFaultsAndRefusals_LogsAndReportsNoSecretOrPersonalData()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(
            sdk: o => o.MaxRetryAttempts = 2,
            services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging()));
        EmulatedCustomer customer = await h.AddSdkCustomerAsync();
        h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2/atsCandidates", StatusCode = HttpStatusCode.ServiceUnavailable, Count = 2 });
        h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2/atsCandidates", StatusCode = HttpStatusCode.Unauthorized });
        var engines = (SyncEngineFactory)h.Services.GetRequiredService<ISyncEngineFactory>();
        ISyncEngine engine = engines.Create(h.Client, new SyncOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), JobTaskPollInterval = TimeSpan.FromSeconds(1) });
        AtsCandidate person = Candidate("C1") with
        {
            FirstName = FirstName,
            LastName = LastName,
            EmailAddresses = [Email],
            PhoneNumbers = [new PhoneNumber { Number = Phone }],
        };
        var request = new SyncRequest
        {
            SyncId = "leaks",
            Jobs = Sync.SyncData.Stream([new JobRecord(Job("J1"))]),
            Candidates = Sync.SyncData.Stream(
            [
                Record(person),
                Record(person with { AtsCandidateId = "C2", EmailAddresses = [Email + "\0"] }), // invalid
                Record(person with { AtsCandidateId = "C3", FirstName = FirstName + new string('x', 3000) }), // invalid
            ]),
        };

        SyncReport report = await h.DriveAsync(() => engine.SyncAsync(request), engines.LimiterFor(h.Client));

        FakeLogCollector logs = h.Services.GetFakeLogCollector();
        IReadOnlyList<FakeLogRecord> records = logs.GetSnapshot();
        var texts = new List<string> { report.ToString(), report.Totals.ToString() };
        texts.AddRange(records.Select(r => r.Message + " " + r.Exception));
        // Known limit (docs/security.md): IHttpClientFactory's own Trace logging keeps the raw header values in its
        // structured state (only its formatted message is redacted), so its header-state entries are not checked here.
        texts.AddRange(records
            .Where(r => !(r.Category?.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal) == true && r.Id.Name is "RequestHeader" or "ResponseHeader"))
            .SelectMany(r => (r.StructuredState ?? []).Select(p => r.Category + " " + p.Key + "=" + p.Value)));
        texts.AddRange(report.Issues.Select(i => i.ToString() + " " + i.Message));
        texts.Add(customer.ToString());
        texts.Add(h.Client.ToString() ?? string.Empty);
        string[] forbidden = [h.Emulator.PartnerCredentials.ClientSecret, customer.Credentials.ClientSecret, "Bearer ", FirstName, LastName, Email, "zephyrine", Phone, "7700"];

        Assert.Multiple(() =>
        {
            Assert.That(report.ByKind[SyncEntityKind.Candidate].Synced, Is.EqualTo(1), "the valid candidate landed after the faults");
            Assert.That(report.Issues.Where(i => i.Kind == SyncEntityKind.Candidate).Select(i => i.Field), Is.EquivalentTo(new[] { "emailAddresses[0]", "firstName" }));
            Assert.That(records.Count(r => r.Level <= LogLevel.Debug), Is.Positive, "Trace and Debug lines were captured");
            foreach (string secret in forbidden)
            {
                Assert.That(texts.Where(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"'{secret}' leaked");
            }
        });
    }
}
