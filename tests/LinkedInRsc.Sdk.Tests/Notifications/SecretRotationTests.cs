using System.Net;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using LinkedInRsc.Notifications;
using LinkedInRsc.Provisioning;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>
/// Rotating a child application's secret (<c>rollDeveloperApplicationSecret</c>) against the emulator: the directory
/// holds both secrets, LinkedIn (the emulator) accepts both for tokens, and the push processor accepts pushes signed with
/// either during the overlap; a third secret is refused until one is deleted.
/// </summary>
[TestFixture]
public sealed class SecretRotationTests
{
    private const string Push = """{"notificationId":"n-1","eventType":"SOMETHING_NEW","requestId":"r-1"}""";
    private PushScenario _s = null!;

    [SetUp]
    public async Task SetUp() => _s = await PushScenario.StartAsync();

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    private IProvisioningClient Provisioning => _s.Harness.Services.GetRequiredService<IProvisioningClient>();

    [Test]
    public async Task RollSecretAsync_DuringTheOverlap_BothSecretsGetTokensAndSignAcceptedPushes()
    {
        ClientCredentials before = (await _s.Directory.FindAsync("acme"))!.Credentials!;

        Customer rolled = await Provisioning.RollSecretAsync("acme");

        Customer saved = (await _s.Directory.FindAsync("acme"))!;
        PushResult signedOld = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Push, before.ClientSecret));
        PushResult signedNew = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Push.Replace("n-1", "n-2", StringComparison.Ordinal), rolled.Credentials!.ClientSecret));
        using HttpResponseMessage oldToken = await _s.Harness.RequestTokenAsync(before.ClientId, before.ClientSecret);
        using HttpResponseMessage newToken = await _s.Harness.RequestTokenAsync(before.ClientId, rolled.Credentials.ClientSecret);
        Testing.EmulatorJournalEntry call = _s.Emulator.Journal.For("/v2/developerApplicationsSecurity").Single();
        Assert.Multiple(() =>
        {
            Assert.That(rolled.Credentials.ClientSecret, Is.Not.EqualTo(before.ClientSecret));
            Assert.That(rolled.Credentials.ClientId, Is.EqualTo(before.ClientId));
            Assert.That(rolled.PreviousCredentials, Is.EqualTo(before));
            Assert.That(saved.Credentials, Is.EqualTo(rolled.Credentials), "the directory holds the new secret");
            Assert.That(saved.PreviousCredentials, Is.EqualTo(before), "and the old one, for the overlap");
            Assert.That((signedOld.StatusCode, signedOld.Refusal), Is.EqualTo((200, (PushRefusalReason?)null)));
            Assert.That((signedNew.StatusCode, signedNew.Refusal), Is.EqualTo((200, (PushRefusalReason?)null)));
            Assert.That((oldToken.StatusCode, newToken.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)), "LinkedIn keeps both secrets active");
            Assert.That(call.Query["action"].AsString(), Is.EqualTo("rollDeveloperApplicationSecret"));
            Assert.That(call.ClientId, Is.EqualTo(_s.Emulator.PartnerCredentials.ClientId), "the parent application's token rotates a child's secret");
            Assert.That(call.Body, Does.Contain(_s.Acme.ApplicationUrn!));
            Assert.That(call.Headers.ContainsKey("LinkedIn-Version"), Is.False, "secret rotation stays on /v2");
        });
    }

    [Test]
    public async Task RollSecretAsync_TwoSecretsActive_IsRefusedUntilOneIsDeleted()
    {
        ClientCredentials first = (await _s.Directory.FindAsync("acme"))!.Credentials!;
        Customer once = await Provisioning.RollSecretAsync("acme");

        var refused = Assert.ThrowsAsync<LinkedInRscException>(async () => await Provisioning.RollSecretAsync("acme"));
        Customer afterRefusal = (await _s.Directory.FindAsync("acme"))!;
        using HttpResponseMessage deleted = await _s.Harness.Http.DeleteAsync(new Uri("_emulator/customers/acme/secrets/previous", UriKind.Relative));
        Customer twice = await Provisioning.RollSecretAsync("acme");
        using HttpResponseMessage firstToken = await _s.Harness.RequestTokenAsync(first.ClientId, first.ClientSecret);
        PushResult signedFirst = await _s.Processor.ProcessAsync(PushScenario.SignedPost("acme", Push, first.ClientSecret));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.ServiceMessage, Does.Contain("two active secrets"));
            Assert.That(afterRefusal.Credentials, Is.EqualTo(once.Credentials), "a refused rotation changes nothing");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(twice.PreviousCredentials, Is.EqualTo(once.Credentials));
            Assert.That(firstToken.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the deleted secret no longer gets a token");
            Assert.That(signedFirst.Refusal, Is.EqualTo(PushRefusalReason.WrongSignature), "nor signs an accepted push");
        });
    }

    [Test]
    public void RollSecretAsync_UnknownCustomer_ThrowsBeforeSending()
    {
        int before = _s.Emulator.Journal.Entries.Count;

        Assert.ThrowsAsync<CustomerNotFoundException>(async () => await Provisioning.RollSecretAsync("nobody"));

        Assert.That(_s.Emulator.Journal.Entries, Has.Count.EqualTo(before));
    }
}
