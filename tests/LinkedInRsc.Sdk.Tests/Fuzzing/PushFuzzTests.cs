using System.Text;
using CsCheck;
using LinkedInRsc.Notifications;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Sdk.Tests.RestLi;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Fuzzing;

/// <summary>
/// The push processor fed generated and mutated pushes of every event type (signed with the customer's secret, so the
/// body parser is reached) and the signature verifier fed mutated <c>X-LI-Signature</c> headers.
/// <see cref="PushProcessor.ProcessAsync"/> documents no exception but a null request: it never throws, answers 2xx
/// only for what it read, and refuses the rest as malformed; the verifier accepts exactly the right signature,
/// however it is spelled (case, prefix, surrounding blanks), and nothing else.
/// </summary>
[TestFixture]
public sealed class PushFuzzTests
{
    private static readonly string[] EventTypes = ["EXPORT_CANDIDATE_PROFILE", "INTEGRATION_STATUS_CHANGE", "CANDIDATE_PURGED", "SOMETHING_NEW", ""];

    private static readonly Gen<string> Notification = Gen.Select(
        Gen.OneOf("notificationId", "id", "eventId"),
        Gen.OneOf("eventType", "type", "notificationType", "event"),
        Gen.OneOf(EventTypes),
        RestLiTestGenerators.Text,
        Gen.OneOf("\"occurredAt\":1700000000000", "\"createdAt\":\"2026-01-01T00:00:00Z\"", "\"expiresAt\":-1", "\"occurredAt\":\"soon\"", "\"integrationContext\":\"urn:li:organization:1\""),
        (idField, typeField, type, id, extra) =>
            new System.Text.Json.Nodes.JsonObject { [idField] = "n-" + id, [typeField] = type, ["requestId"] = "r-" + id }.ToJsonString().TrimEnd('}') + "," + extra + "}");

    /// <summary>One notification, an array of them, or an object wrapping an array, as LinkedIn may send.</summary>
    private static readonly Gen<string> ValidBodies = Gen.OneOf(
        Notification,
        Notification.Array[1, 3].Select(n => "[" + string.Join(",", n) + "]"),
        Gen.Select(Gen.OneOf("events", "notifications", "elements"), Notification.Array[1, 3], (wrapper, n) => "{\"" + wrapper + "\":[" + string.Join(",", n) + "]}"));

    private EmulatorHarness _h = null!;
    private string _secret = null!;

    private PushProcessor Processor => _h.Services.GetRequiredService<PushProcessor>();

    [OneTimeSetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        EmulatedCustomer customer = await _h.AddSdkCustomerAsync();
        _secret = customer.Credentials.ClientSecret;
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public void ProcessAsync_SignedMutatedPushesOfEveryEventType_NeverThrowAndAcknowledgeOnlyWhatWasRead()
    {
        Mutations.OfJson(ValidBodies).Sample(
            body =>
            {
                PushResult result = Processor.ProcessAsync(Signed(body, _secret)).GetAwaiter().GetResult();
                return result.Outcome switch
                {
                    PushOutcome.Refused => result.Refusal is PushRefusalReason.MalformedBody or PushRefusalReason.BodyTooLarge && !result.IsAcknowledged,
                    PushOutcome.Processed or PushOutcome.Duplicate => result.IsAcknowledged && result.Notifications.Count > 0,
                    PushOutcome.Failed or PushOutcome.InProgress => !result.IsAcknowledged && result.Notifications.Count > 0,
                    _ => false,
                };
            },
            iter: 600,
            threads: 1);
    }

    [Test]
    public void Verify_MutatedSignatureHeaders_AcceptExactlyTheRightSignature()
    {
        Gen<(string Body, string Header)> signed = Gen.Select(ValidBodies, Gen.Int[0, 4], (body, spelling) =>
        {
            string hex = FakeCallback.Hmac(body, _secret);
            string header = spelling switch
            {
                0 => "hmacsha256=" + hex,
                1 => "HMACSHA256=" + hex.ToUpperInvariant(),
                2 => hex,
                3 => "  hmacsha256=" + hex + "\t",
                _ => "hmacsha256=" + hex,
            };
            return (body, header);
        });
        Gen<string> headers = Mutations.OfText(signed.Select(s => s.Header), ["hmacsha256=", "=", " ", "0", "f", "F", "g", "\u0660", "ａ", ",", "sha1="], [("\"", "\"")]);

        Gen.Select(signed, headers).Sample(
            (sample, header) =>
            {
                byte[] body = Encoding.UTF8.GetBytes(sample.Body);
                string right = FakeCallback.Hmac(sample.Body, _secret);
                PushRefusalReason? verdict = PushSignatureVerifier.Verify(header, body, [_secret, "other-secret"], PushSignatureReadings.PrefixedHexOfBody);
                bool isRight = Normalized(header) is { } given && string.Equals(given, right, StringComparison.OrdinalIgnoreCase);
                return isRight ? verdict is null : verdict is PushRefusalReason.WrongSignature or PushRefusalReason.MalformedSignature or PushRefusalReason.MissingSignature;
            },
            iter: 4000);
    }

    [TestCase("[", "]")]
    [TestCase("{\"events\":[", "]}")]
    [TestCase("{\"eventType\":", "}")]
    public void ProcessAsync_SignedBodyNestedFarBeyondTheJsonLimit_IsRefusedAsMalformed(string open, string close)
    {
        int depth = 60_000 / (open.Length + close.Length); // deep, yet within the 64 KiB body limit
        string body = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

        PushResult result = Processor.ProcessAsync(Signed(Encoding.UTF8.GetBytes(body), _secret)).GetAwaiter().GetResult();

        Assert.That((result.StatusCode, result.Refusal), Is.EqualTo((400, (PushRefusalReason?)PushRefusalReason.MalformedBody)));
    }

    [TestCase("{\"notificationId\":\"\\ud800\",\"eventType\":\"SOMETHING_NEW\"}")]
    [TestCase("{\"notificationId\":\"n-1\",\"eventType\":\"\\udc00x\"}")]
    [TestCase("[{\"id\":\"n-2\",\"type\":\"SOMETHING_NEW\",\"createdAt\":\"\\ud800\"}]")]
    public void ProcessAsync_SignedBodyWithAnEscapedLoneSurrogate_IsRefusedAsMalformed(string body)
    {
        PushResult result = Processor.ProcessAsync(Signed(Encoding.UTF8.GetBytes(body), _secret)).GetAwaiter().GetResult();

        Assert.That((result.StatusCode, result.Refusal), Is.EqualTo((400, (PushRefusalReason?)PushRefusalReason.MalformedBody)));
    }

    private static PushRequest Signed(byte[] body, string secret) =>
        PushScenario.Post("acme", body, "hmacsha256=" + Hmac(body, secret));

    private static string Hmac(byte[] body, string secret) =>
        Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body)).ToLowerInvariant();

    /// <summary>The hex a header carries, read as the verifier documents: blanks around it and the prefix (any case) ignored.</summary>
    private static string? Normalized(string header)
    {
        string value = header.Trim();
        if (value.StartsWith("hmacsha256=", StringComparison.OrdinalIgnoreCase))
        {
            value = value["hmacsha256=".Length..];
        }

        return value.Length == 64 && value.All(char.IsAsciiHexDigit) ? value : null;
    }
}
