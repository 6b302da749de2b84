using System.Net;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Tests.Modules.Probes;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>Resources plug in as a list: a module from another assembly is served, with its data owned by each emulator.</summary>
[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class ModuleCatalogTests(FrontEnd frontEnd)
{
    [Test]
    public async Task ModuleRegisteredByTestAssembly_IsServed_WithoutEditingTheEmulator()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(frontEnd);
        EmulatedCustomer acme = await h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = OrganizationUrn.FromId(77) });
        string token = await h.TokenAsync(acme.Credentials);

        var set = await h.SendAsync(HttpMethod.Put, "/_emulator/probes/p1", null, """{"value":"seen"}""");
        var got = await h.SendAsync(HttpMethod.Get, $"/v2/{ProbeModule.Resource}/p1", token);
        var index = await h.SendAsync(HttpMethod.Get, "/_emulator", null);

        Assert.That(set.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(got.Status, Is.EqualTo(HttpStatusCode.OK), got.Body?.ToJsonString());
        Assert.That(got.Body!["value"]!.GetValue<string>(), Is.EqualTo("seen"));
        Assert.That(got.Body["organization"]!.GetValue<string>(), Is.EqualTo("urn:li:organization:77"));
        Assert.That(index.Body!["endpoints"]!.AsArray().Select(e => e!.GetValue<string>()), Does.Contain("PUT /_emulator/probes/{name}"));
    }

    [Test]
    public async Task ModuleData_BelongsToOneEmulator()
    {
        await using EmulatorHarness first = await EmulatorHarness.StartAsync(frontEnd);
        await using EmulatorHarness second = await EmulatorHarness.StartAsync(frontEnd);
        string firstToken = await first.TokenAsync((await first.Emulator.AddCustomerAsync("acme", AccessLevel.Company)).Credentials);
        string secondToken = await second.TokenAsync((await second.Emulator.AddCustomerAsync("acme", AccessLevel.Company)).Credentials);

        await first.SendAsync(HttpMethod.Put, "/_emulator/probes/p1", null, """{"value":"first only"}""");
        var inFirst = await first.SendAsync(HttpMethod.Get, $"/v2/{ProbeModule.Resource}/p1", firstToken);
        var inSecond = await second.SendAsync(HttpMethod.Get, $"/v2/{ProbeModule.Resource}/p1", secondToken);

        Assert.That(inFirst.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inSecond.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(inSecond.Body!["message"]!.GetValue<string>(), Does.Contain("No probe 'p1'"), "the second emulator serves the resource but has none of the first one's data");
    }

    [Test]
    public void TwoModulesMappingOneRoute_AreRefused_NamingBoth()
    {
        var router = new EmulatorRouter();
        router.Register("first", new OneRouteModule());

        var error = Assert.Throws<InvalidOperationException>(() => router.Register("second", new OneRouteModule()));

        Assert.That(error!.Message, Does.Contain("'first'").And.Contain("'second'").And.Contain("things"));
    }

    [Test]
    public async Task TwoModulesWithOneName_AreRefused_WhenTheEmulatorIsBuilt()
    {
        var services = new EmulatorServices(new EmulatorOptions { PushHandler = new HttpClientHandler() }, new EmulatorQuotas());
        await using PushService pushes = services.Pushes;
        var registration = new EmulatorModuleRegistration("things", _ => new OneRouteModule());

        var error = Assert.Throws<InvalidOperationException>(() =>
            EmulatorModules.Create(services, new ProvisioningModule(services), new TenantAdmin(services), [registration, registration]));

        Assert.That(error!.Message, Does.Contain("'things'"));
    }

    private sealed class OneRouteModule : IEmulatorModule
    {
        public void Register(EmulatorRouter router) =>
            router.Map("things", RestLiMethod.Get, (_, _) => ValueTask.FromResult(EmulatorResponse.Empty()));
    }
}
