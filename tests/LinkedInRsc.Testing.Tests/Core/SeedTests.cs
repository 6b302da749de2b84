using System.Net;
using System.Text;

namespace LinkedInRsc.Testing.Tests.Core;

public sealed class SeedTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await EmulatorHarness.StartWithCallbackAsync(o => o.ValidateCallbackUrls = false);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task ApplySeed_RunsControlStepsInOrder()
    {
        await _h.Emulator.ApplySeedAsync("""
            {"steps":[
              {"method":"POST","path":"customers","body":{"id":"acme","accessLevel":null,"organizationId":5}},
              {"method":"PUT","path":"customers/acme/callbackUrl","body":{"callbackUrl":"https://ats.example/acme"}},
              {"path":"customers/acme/integrations/enable","body":{"accessLevel":"contract"}},
              {"method":"PUT","path":"quotas","body":{"recordsPerMinute":50}}
            ]}
            """);

        EmulatedCustomer acme = _h.Emulator.GetCustomer("acme");
        Assert.That(acme.OrganizationUrn, Is.EqualTo(OrganizationUrn.FromId(5)));
        Assert.That(acme.CallbackUrl, Is.EqualTo("https://ats.example/acme"));
        Assert.That(acme.AccessLevel, Is.EqualTo(AccessLevel.Contract));
        Assert.That(_h.Emulator.Quotas.RecordsPerMinute, Is.EqualTo(50));
        EmulatorPush push = _h.Emulator.Pushes.All.Single();
        Assert.That(push.EventType, Is.EqualTo(EmulatorPushEventType.IntegrationStatusChange));
        Assert.That(await push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered));
        Assert.That(_h.Callback.Challenges, Is.Empty, "challenge validation is off");
    }

    [Test]
    public void ApplySeed_FailingStep_NamesTheStepAndTheReason()
    {
        const string Seed = """{"steps":[{"path":"customers","body":{"id":"a"}},{"path":"customers","body":{"id":"a"}}]}""";

        Assert.That(() => _h.Emulator.ApplySeedAsync(Seed), Throws.InvalidOperationException
            .With.Message.Contains("step 1").And.Message.Contains("409").And.Message.Contains("'a'"));
    }

    [Test]
    public void ApplySeed_MalformedDocument_Throws()
    {
        Assert.That(() => _h.Emulator.ApplySeedAsync("""{"customers":[]}"""), Throws.InvalidOperationException.With.Message.Contains("steps"));
        Assert.That(() => _h.Emulator.ApplySeedAsync("{"), Throws.InvalidOperationException.With.Message.Contains("JSON"));
    }

    [Test]
    public async Task SeedEndpoint_AppliesTheSameDocument()
    {
        using var content = new StringContent("""{"steps":[{"path":"customers","body":{"id":"globex","accessLevel":"company"}}]}""", Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _h.Http.PostAsync("/_emulator/seed", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(_h.Emulator.GetCustomer("globex").AccessLevel, Is.EqualTo(AccessLevel.Company));
    }

    [Test]
    public async Task SetCallbackUrl_OfAnotherCustomer_IsRefused()
    {
        await _h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", CallbackUrl = new Uri("https://ats.example/shared") });
        await _h.Emulator.AddCustomerAsync("globex", AccessLevel.Company);

        Assert.That(() => _h.Emulator.SetCallbackUrlAsync("globex", new Uri("https://ats.example/shared")), Throws.InvalidOperationException.With.Message.Contains("unique"));
        Assert.That(() => _h.Emulator.SetCallbackUrlAsync("globex", new Uri("relative/path", UriKind.Relative)), Throws.ArgumentException);
    }

    [Test]
    public async Task Journal_KeepsTheNewestEntriesUpToItsCapacity()
    {
        await using EmulatorHarness small = await EmulatorHarness.StartAsync(FrontEnd.InMemory, o => o.JournalCapacity = 2);

        for (int i = 0; i < 3; i++)
        {
            await small.SendAsync(HttpMethod.Get, $"/v2/x{i}", token: null);
        }

        Assert.That(small.Emulator.Journal.Entries.Select(e => e.Path), Is.EqualTo(new[] { "/v2/x1", "/v2/x2" }));
    }

    [Test]
    public void Options_InvalidValues_AreRefusedWithTheirName()
    {
        Assert.That(() => LinkedInRscEmulator.CreateInMemory(new EmulatorOptions { TokenLifetime = TimeSpan.Zero }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("TokenLifetime"));
        Assert.That(() => LinkedInRscEmulator.CreateInMemory(new EmulatorOptions { Port = 70000 }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Port"));
        Assert.That(() => LinkedInRscEmulator.CreateInMemory(new EmulatorOptions { PushMaxAttempts = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("PushMaxAttempts"));
    }
}
