using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Notifications;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>What the push processor accepts and refuses: validation, both signature readings, rotation, refusals, body shapes.</summary>
public sealed class PushProcessorTests
{
    private const string Unknown = """{"notificationId":"n-1","eventType":"SOMETHING_NEW","requestId":"r-1"}""";
    private PushScenario _s = null!;
    private RecordingUnknownHandler _unknown = null!;

    [SetUp]
    public async Task SetUp()
    {
        _unknown = new RecordingUnknownHandler();
        _s = await PushScenario.StartAsync(services => services.AddSingleton<IUnknownPushHandler>(_unknown));
    }

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    private string Secret => _s.Acme.Credentials.ClientSecret;

    [Test]
    public async Task ProcessAsync_Challenge_AnswersWithTheHexHmacOfTheCodeUnderTheCustomersSecret()
    {
        string applicationId = _s.Acme.ApplicationUrn![(_s.Acme.ApplicationUrn!.LastIndexOf(':') + 1)..];

        PushResult result = await _s.Processor.ProcessAsync(Get("acme", ("challengeCode", "c0de-1"), ("applicationId", applicationId)));

        JsonNode answer = JsonNode.Parse(result.Body!)!;
        Assert.Multiple(() =>
        {
            Assert.That(result.StatusCode, Is.EqualTo(200));
            Assert.That(result.ContentType, Is.EqualTo("application/json"));
            Assert.That(answer["challengeCode"]!.GetValue<string>(), Is.EqualTo("c0de-1"));
            Assert.That(answer["challengeResponse"]!.GetValue<string>(), Is.EqualTo(FakeCallback.Hmac("c0de-1", Secret)));
        });
    }

    [Test]
    public async Task ProcessAsync_ChallengeNamingAnotherChildApplication_AnswersWithThatApplicationsSecret()
    {
        EmulatedCustomer globex = await _s.Emulator.AddCustomerAsync("globex", AccessLevel.Company);
        await _s.Directory.SaveAsync(new Customer { CustomerId = "globex", Credentials = globex.Credentials, ApplicationUrn = globex.ApplicationUrn });
        string globexApp = globex.ApplicationUrn![(globex.ApplicationUrn!.LastIndexOf(':') + 1)..];

        PushResult result = await _s.Processor.ProcessAsync(Get("acme", ("challengeCode", "c2"), ("applicationId", globexApp)));
        PushResult unknown = await _s.Processor.ProcessAsync(Get("acme", ("challengeCode", "c3"), ("applicationId", "999999")));

        Assert.That(JsonNode.Parse(result.Body!)!["challengeResponse"]!.GetValue<string>(), Is.EqualTo(FakeCallback.Hmac("c2", globex.Credentials.ClientSecret)));
        Assert.That((unknown.StatusCode, unknown.Refusal), Is.EqualTo((404, (PushRefusalReason?)PushRefusalReason.InvalidChallenge)));
    }

    [Test]
    public async Task ProcessAsync_EmulatorValidatesTheCallback_BeforeItsFirstPush()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);

        Assert.That(await export.Push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered));
        Assert.That(_s.Harness.SdkCallback!.Results.Select(r => r.Outcome), Is.EqualTo(new[] { PushOutcome.ChallengeAnswered, PushOutcome.Processed }));
    }

    [TestCase(PushSignatureReadings.PrefixedHexOfBody)]
    [TestCase(PushSignatureReadings.HexOfPrefixedBody)]
    public async Task ProcessAsync_EitherSignatureReading_IsAccepted(PushSignatureReadings reading)
    {
        PushResult result = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown, Secret, reading));

        Assert.That((result.StatusCode, result.Outcome), Is.EqualTo((200, PushOutcome.Processed)));
        Assert.That(_unknown.Received.Single().NotificationId, Is.EqualTo("n-1"));
    }

    [Test]
    public async Task ProcessAsync_SignatureReadingSwitchedOff_IsRefused()
    {
        _s.Harness.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<PushOptions>>().CurrentValue.SignatureReadings = PushSignatureReadings.HexOfPrefixedBody;

        PushResult result = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown, Secret, PushSignatureReadings.PrefixedHexOfBody));

        Assert.That(result.Refusal, Is.EqualTo(PushRefusalReason.WrongSignature), "the readings accepted are configuration, not code");
    }

    [Test]
    public async Task ProcessAsync_SignedWithTheOtherActiveSecretDuringARotation_IsAccepted()
    {
        Customer acme = (await _s.Directory.FindAsync("acme"))!;
        await _s.Directory.SaveAsync(acme with { PreviousCredentials = new LinkedInRsc.Authentication.ClientCredentials(acme.Credentials!.ClientId, "the-old-secret") });

        PushResult old = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown, "the-old-secret"));
        PushResult current = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown.Replace("n-1", "n-2", StringComparison.Ordinal), Secret));

        Assert.That((old.StatusCode, current.StatusCode), Is.EqualTo((200, 200)));
    }

    [TestCase("unsigned", PushRefusalReason.MissingSignature, 401)]
    [TestCase("malformed signature", PushRefusalReason.MalformedSignature, 401)]
    [TestCase("wrongly signed", PushRefusalReason.WrongSignature, 401)]
    [TestCase("other-customer-signed", PushRefusalReason.WrongSignature, 401)]
    [TestCase("truncated", PushRefusalReason.WrongSignature, 401)]
    [TestCase("oversized", PushRefusalReason.BodyTooLarge, 413)]
    [TestCase("signed but not JSON", PushRefusalReason.MalformedBody, 400)]
    [TestCase("signed without an event type", PushRefusalReason.MalformedBody, 400)]
    [TestCase("an export without a request id", PushRefusalReason.MalformedBody, 400)]
    public async Task ProcessAsync_BadPush_IsRefusedWithNothingProcessedOrLogged(string kind, PushRefusalReason reason, int status)
    {
        EmulatedCustomer globex = await _s.Emulator.AddCustomerAsync("globex", AccessLevel.Company);
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForCompletionAsync();
        _s.Ats.Refusals.Clear();
        int placed = _s.Ats.PlaceCalls;
        int fetched = _s.Emulator.Journal.For("/v2/exportedCandidates").Count;
        string body = export.Push.Body.Replace(export.Push.Id, "another-notification", StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        PushRequest request = kind switch
        {
            "unsigned" => PushScenario.Post("acme", bytes, null),
            "malformed signature" => PushScenario.Post("acme", bytes, "hmacsha256=not-hex"),
            "wrongly signed" => PushScenario.SignedPost("acme", body, "not-the-secret"),
            "other-customer-signed" => PushScenario.SignedPost("acme", body, globex.Credentials.ClientSecret),
            "truncated" => PushScenario.Post("acme", bytes[..(bytes.Length / 2)], PushScenario.SignedPost("acme", body, Secret).Headers["X-LI-Signature"]),
            "oversized" => PushScenario.SignedPost("acme", body + new string(' ', 70_000), Secret),
            "signed but not JSON" => PushScenario.SignedPost("acme", "{\"eventType\":", Secret),
            "signed without an event type" => PushScenario.SignedPost("acme", """{"notificationId":"n-9","requestId":"r-9"}""", Secret),
            _ => PushScenario.SignedPost("acme", """{"notificationId":"n-8","eventType":"EXPORT_CANDIDATE_PROFILE"}""", Secret),
        };

        _s.Logs.Messages.Clear();

        PushResult result = await _s.Processor.ProcessAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(result.StatusCode, Is.EqualTo(status), kind);
            Assert.That(result.IsAcknowledged, Is.False);
            Assert.That(result.Outcome, Is.EqualTo(PushOutcome.Refused));
            Assert.That(result.Refusal, Is.EqualTo(reason));
            Assert.That(_s.Ats.PlaceCalls, Is.EqualTo(placed), "nothing reached the ATS");
            Assert.That(_s.Emulator.Journal.For("/v2/exportedCandidates"), Has.Count.EqualTo(fetched), "nothing was fetched");
            Assert.That(_unknown.Received, Is.Empty);
            Assert.That(_s.Logs.Messages, Has.None.Contains(export.RequestId).And.None.Contains("another-notification").And.None.Contains(Secret),
                "nothing of the body (or the secret) is logged");
            Assert.That(_s.Logs.Messages, Has.Some.Contains(reason.ToString()));
        });
    }

    [Test]
    public async Task ProcessAsync_UnknownCustomerOrMethod_IsRefused()
    {
        PushResult unknown = await _s.Processor.ProcessAsync(PushScenario.SignedPost("nobody", Unknown, Secret));
        PushResult put = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown, Secret) with { Method = "PUT" });

        Assert.That((unknown.StatusCode, unknown.Refusal), Is.EqualTo((404, (PushRefusalReason?)PushRefusalReason.UnknownCustomer)));
        Assert.That((put.StatusCode, put.Refusal), Is.EqualTo((405, (PushRefusalReason?)PushRefusalReason.UnsupportedMethod)));
    }

    [TestCase("""{"notificationId":"n-a","eventType":"SOMETHING_NEW","requestId":"r-a"}""", "n-a", "r-a")]
    [TestCase("""{"id":"n-b","type":"SOMETHING_NEW","expiresAt":"2026-12-31T00:00:00Z"}""", "n-b", "n-b")]
    [TestCase("""{"events":[{"eventId":"n-c","notificationType":"SOMETHING_NEW","requestId":"r-c"}]}""", "n-c", "r-c")]
    [TestCase("""{"eventType":"SOMETHING_NEW","requestId":"r-d"}""", "SOMETHING_NEW:r-d", "r-d")]
    public async Task ProcessAsync_EveryPlausibleBodyShape_IsReadAndAnUnknownTypeAcknowledgedAndReported(string body, string notificationId, string requestId)
    {
        PushResult result = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", body, Secret));

        PushNotification received = _unknown.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That((result.StatusCode, result.Outcome), Is.EqualTo((200, PushOutcome.Processed)));
            Assert.That(received.EventType, Is.EqualTo(new PushEventType("SOMETHING_NEW")));
            Assert.That(received.NotificationId, Is.EqualTo(notificationId));
            Assert.That(received.RequestId, Is.EqualTo(requestId));
        });
    }

    [Test]
    public async Task ProcessAsync_TwoDeliveriesAtOnce_OnlyOneProcessesAndTheOtherIsNotAcknowledged()
    {
        var gate = new TaskCompletionSource();
        _unknown.Gate = gate.Task;
        Task<PushResult> first = _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown, Secret));
        await _unknown.Entered.Task;

        PushResult second = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Unknown, Secret));
        gate.SetResult();

        Assert.That((second.StatusCode, second.Outcome), Is.EqualTo((409, PushOutcome.InProgress)));
        Assert.That((await first).Outcome, Is.EqualTo(PushOutcome.Processed));
        Assert.That(_unknown.Received, Has.Count.EqualTo(1));
    }

    private static PushRequest Get(string customerId, params (string Name, string Value)[] query) => new()
    {
        CustomerId = customerId,
        Method = "GET",
        Query = query.ToDictionary(q => q.Name, q => q.Value, StringComparer.OrdinalIgnoreCase),
    };

    private sealed class RecordingUnknownHandler : IUnknownPushHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<PushNotification> Received { get; } = new();

        public Task Gate { get; set; } = Task.CompletedTask;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnUnknownPushAsync(string customerId, PushNotification notification, CancellationToken cancellationToken = default)
        {
            Entered.TrySetResult();
            await Gate;
            Received.Enqueue(notification);
        }
    }
}
