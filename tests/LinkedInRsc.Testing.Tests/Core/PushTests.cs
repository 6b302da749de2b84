using System.Net;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Tests.Core;

public sealed class PushTests
{
    private const string CallbackUrl = EmulatorHarness.CallbackUrl;
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartWithCallbackAsync();

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private Task<EmulatedCustomer> ConnectedCustomerAsync() => _h.AddCallbackCustomerAsync(accessLevel: null);

    [Test]
    public async Task Enable_WithCallback_ChallengesThenSendsSignedStatusChangePush()
    {
        EmulatedCustomer acme = await ConnectedCustomerAsync();

        EmulatorIntegrationChange change = await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Company);
        EmulatorPushState state = await change.Push!.WaitForCompletionAsync();

        Assert.That(state, Is.EqualTo(EmulatorPushState.Delivered));
        Uri challenge = _h.Callback.Challenges.Single();
        Assert.That(challenge.Query, Does.Contain("challengeCode=").And.Contain("applicationId=" + acme.ApplicationUrn.Split(':')[^1]));
        (Uri uri, string body, string? signature) = _h.Callback.Pushes.Single();
        Assert.That(uri.ToString(), Is.EqualTo(CallbackUrl));
        Assert.That(signature, Is.EqualTo("hmacsha256=" + FakeCallback.Hmac(body, acme.Credentials.ClientSecret)));
        JsonNode json = JsonNode.Parse(body)!;
        Assert.That(json["eventType"]!.GetValue<string>(), Is.EqualTo("INTEGRATION_STATUS_CHANGE"));
        Assert.That(json["requestId"]!.GetValue<string>(), Is.EqualTo(change.RequestId));
        Assert.That(_h.Emulator.Pushes.All.Single().Signature, Is.EqualTo(signature));
    }

    [Test]
    public async Task Push_CallbackFailsTwice_RetriesWithExponentialBackoffOnTheEmulatorClock()
    {
        await ConnectedCustomerAsync();
        _h.Callback.QueuePushStatus(HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable);

        EmulatorPush push = (await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Company)).Push!;
        await push.WaitForAttemptsAsync(1);
        EmulatorPushAttempt first = push.Attempts[0];
        _h.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.That(push.Attempts, Has.Count.EqualTo(1), "no retry before the 30 s backoff");
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        await push.WaitForAttemptsAsync(2);
        EmulatorPushAttempt second = push.Attempts[1];
        _h.Time.Advance(TimeSpan.FromSeconds(60));
        EmulatorPushState state = await push.WaitForCompletionAsync();

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(first.NextAttemptAt, Is.EqualTo(first.At + TimeSpan.FromSeconds(30)));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(second.NextAttemptAt, Is.EqualTo(second.At + TimeSpan.FromSeconds(60)), "the delay doubles");
        Assert.That(state, Is.EqualTo(EmulatorPushState.Delivered));
        Assert.That(push.Attempts, Has.Count.EqualTo(3));
        Assert.That(_h.Callback.Pushes, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Push_WrongChallengeAnswer_IsNeverDeliveredAndFailsAfterMaxAttempts()
    {
        await ConnectedCustomerAsync();
        _h.Callback.AnswerChallengeWrongly = true;

        EmulatorPush push = (await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Company)).Push!;
        for (int i = 1; i < 6; i++)
        {
            await push.WaitForAttemptsAsync(i);
            _h.Time.Advance(push.Attempts[^1].NextAttemptAt!.Value - _h.Time.GetUtcNow());
        }

        EmulatorPushState state = await push.WaitForCompletionAsync();

        Assert.That(state, Is.EqualTo(EmulatorPushState.Failed));
        Assert.That(push.Attempts, Has.Count.EqualTo(6));
        Assert.That(push.Attempts[^1].Failure, Does.Contain("challengeResponse"));
        Assert.That(_h.Callback.Pushes, Is.Empty);
    }

    [Test]
    public async Task Challenge_IsRepeatedOnlyAfterTwoHours()
    {
        await ConnectedCustomerAsync();
        await (await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Company)).Push!.WaitForCompletionAsync();
        await (await _h.Emulator.DisableIntegrationsAsync("acme", AccessLevel.Company)).Push!.WaitForCompletionAsync();
        Assert.That(_h.Callback.Challenges, Has.Count.EqualTo(1));

        _h.Time.Advance(TimeSpan.FromHours(2));
        await (await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Company)).Push!.WaitForCompletionAsync();

        Assert.That(_h.Callback.Challenges, Has.Count.EqualTo(2));
        Assert.That(_h.Callback.Pushes, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task PushLog_WaitForAsync_CompletesForALaterPush()
    {
        await ConnectedCustomerAsync();
        Task<EmulatorPush> waiting = _h.Emulator.Pushes.WaitForAsync(p => p.EventType == EmulatorPushEventType.IntegrationStatusChange && p.CustomerId == "acme");
        Assert.That(waiting.IsCompleted, Is.False);

        await _h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract);
        EmulatorPush push = await waiting;

        Assert.That(push.CallbackUrl, Is.EqualTo(CallbackUrl));
        Assert.That(push.ToString(), Does.Not.Contain(push.Body));
    }
}
