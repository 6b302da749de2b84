using LinkedInRsc.Integrations;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Testing.Tests.Bridge;

/// <summary>The one-call bridge between the emulator and the SDK: <c>AddLinkedInRsc(...).UseEmulator(emulator)</c>.</summary>
[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class UseEmulatorTests(FrontEnd frontEnd)
{
    private LinkedInRscEmulator _emulator = null!;
    private ServiceProvider? _provider;

    [SetUp]
    public async Task SetUp()
    {
        var options = new EmulatorOptions { TimeProvider = new TestClock() };
        _emulator = frontEnd == FrontEnd.Http ? await LinkedInRscEmulator.StartAsync(options) : LinkedInRscEmulator.CreateInMemory(options);
    }

    [TearDown]
    public async Task TearDown()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task ForCustomerAsync_CustomerAddedToTheEmulator_IsFoundAndServedWithItsOwnToken()
    {
        EmulatedCustomer acme = await _emulator.AddCustomerAsync("acme", AccessLevel.Contract);
        ICustomerClientFactory clients = Build(services => services.AddLinkedInRsc(_ => { }).UseEmulator(_emulator));

        ICustomerClient client = await clients.ForCustomerAsync("acme");
        IReadOnlyList<Integration> integrations = await client.Integrations.GetIntegrationsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(client.Customer.Organization, Is.EqualTo(acme.OrganizationUrn));
            Assert.That(client.Customer.Contracts, Is.EqualTo(new[] { new RecruiterContract(acme.ContractUrns[0], AccessLevel.Contract) }));
            Assert.That(integrations.Where(i => i.IsEnabled).Select(i => i.Type), Is.EquivalentTo(IntegrationType.RscTypes));
            Assert.That(_emulator.Journal.For("/oauth/v2/accessToken").Select(e => e.StatusCode), Is.EqualTo(new System.Net.HttpStatusCode?[] { System.Net.HttpStatusCode.OK }),
                "the token request reached the emulator too");
            Assert.That(_emulator.Journal.For("/v2/atsIntegrations").Select(e => e.ClientId).Distinct(), Is.EqualTo(new[] { acme.Credentials.ClientId }));
        });
    }

    [Test]
    public async Task UseEmulator_HostsOwnDirectory_KeepsItsCustomersAndReceivesTheEmulators()
    {
        var directory = new InMemoryCustomerDirectory();
        await directory.SaveAsync(new Customer { CustomerId = "own" });
        await _emulator.AddCustomerAsync("acme", AccessLevel.Company);
        Build(services =>
        {
            services.AddSingleton<ICustomerDirectory>(directory);
            services.AddLinkedInRsc(_ => { }).UseEmulator(_emulator);
        });
        ICustomerDirectory registered = _provider!.GetRequiredService<ICustomerDirectory>();

        Customer? acme = await registered.FindAsync("acme");
        List<string> listed = [];
        await foreach (Customer customer in registered.ListAsync())
        {
            listed.Add(customer.CustomerId);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(acme!.AccessLevel, Is.EqualTo(AccessLevel.Company));
            Assert.That(await directory.FindAsync("acme"), Is.EqualTo(acme), "the emulator's customer is saved in the host's directory");
            Assert.That(await registered.FindAsync("own"), Is.Not.Null.And.Property(nameof(Customer.CustomerId)).EqualTo("own"));
            Assert.That(await registered.FindAsync("nobody"), Is.Null);
            Assert.That(listed, Is.EquivalentTo(new[] { "own", "acme" }));
        });
    }

    [Test]
    public async Task UseEmulator_ConfiguredForLinkedIn_SendsEverythingToTheEmulator()
    {
        await _emulator.AddCustomerAsync("acme", AccessLevel.Company);
        ICustomerClientFactory clients = Build(services => services.AddLinkedInRsc(o =>
        {
            o.BaseAddress = new Uri("https://api.linkedin.com/");
            o.TokenEndpoint = new Uri("https://www.linkedin.com/oauth/v2/accessToken");
            o.ClientId = "production-client";
            o.ClientSecret = "production-secret";
        }).UseEmulator(_emulator));
        LinkedInRscOptions options = _provider!.GetRequiredService<Microsoft.Extensions.Options.IOptions<LinkedInRscOptions>>().Value;

        ICustomerClient client = await clients.ForCustomerAsync("acme");
        await client.Integrations.GetStatusAsync();

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseAddress, Is.EqualTo(_emulator.BaseAddress));
            Assert.That(options.TokenEndpoint, Is.EqualTo(_emulator.TokenEndpoint));
            Assert.That(options.ClientId, Is.EqualTo(_emulator.PartnerCredentials.ClientId));
            Assert.That(_emulator.Journal.For("/v2/atsIntegrations"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task ForCustomerAsync_IdTheEmulatorDoesNotKnow_ThrowsCustomerNotFound()
    {
        ICustomerClientFactory clients = Build(services => services.AddLinkedInRsc(_ => { }).UseEmulator(_emulator));

        Assert.That(async () => await clients.ForCustomerAsync("nobody"), Throws.TypeOf<CustomerNotFoundException>());
    }

    [Test]
    public async Task ToCustomer_ContractLevelOnOneOfTwoContracts_GrantsEachContractItsOwnLevel()
    {
        ContractUrn first = ContractUrn.FromId(7001), second = ContractUrn.FromId(7002);
        await _emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", AccessLevel = AccessLevel.Company, ContractUrns = [first, second] });
        await _emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract, second);
        await _emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "globex", AccessLevel = null });

        Customer acme = _emulator.GetCustomer("acme").ToCustomer();
        Customer globex = _emulator.GetCustomer("globex").ToCustomer();

        Assert.Multiple(() =>
        {
            Assert.That(acme.Contracts, Is.EqualTo(new[] { new RecruiterContract(first, AccessLevel.Company), new RecruiterContract(second, AccessLevel.Contract) }));
            Assert.That(acme.AccessLevel, Is.EqualTo(AccessLevel.Contract));
            Assert.That(acme.Credentials, Is.EqualTo(_emulator.GetCustomer("acme").Credentials));
            Assert.That(globex.Contracts.Select(c => c.AccessLevel), Is.All.EqualTo(AccessLevel.None), "connected, nothing enabled yet");
        });
    }

    private ICustomerClientFactory Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_emulator.TimeProvider);
        configure(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return _provider.GetRequiredService<ICustomerClientFactory>();
    }
}
