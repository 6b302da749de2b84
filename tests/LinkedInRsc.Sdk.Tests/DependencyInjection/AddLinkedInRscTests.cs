using LinkedInRsc.Authentication;
using LinkedInRsc.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Sdk.Tests.DependencyInjection;

[TestFixture]
public sealed class AddLinkedInRscTests
{
    private static readonly ServiceProviderOptions StrictProvider = new() { ValidateOnBuild = true, ValidateScopes = true };

    private static IConfigurationSection Section(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("LinkedInRsc:" + v.Key, v.Value)))
            .Build()
            .GetSection("LinkedInRsc");

    [Test]
    public void AddLinkedInRsc_EveryRegisteredServiceResolves_WithStrictValidation()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLinkedInRsc(Section(("ClientId", "id"), ("ClientSecret", "secret")));

        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);
        using IServiceScope scope = provider.CreateScope();

        var unresolved = new List<string>();
        foreach (ServiceDescriptor descriptor in services.Where(d => !d.ServiceType.ContainsGenericParameters && !d.IsKeyedService))
        {
            try
            {
                if (scope.ServiceProvider.GetService(descriptor.ServiceType) is null)
                {
                    unresolved.Add(descriptor.ServiceType.FullName!);
                }
            }
#pragma warning disable CA1031 // the test reports every failure at once
            catch (Exception ex)
#pragma warning restore CA1031
            {
                unresolved.Add($"{descriptor.ServiceType.FullName}: {ex.Message}");
            }
        }

        Assert.That(unresolved, Is.Empty);
        Assert.That(provider.GetRequiredService<IAccessTokenProvider>(), Is.TypeOf<ClientCredentialsTokenProvider>());
    }

    [Test]
    public void AddLinkedInRsc_RegistersSystemTimeProviderOnlyWhenTheHostHasNone()
    {
        var fake = new FakeTimeProvider();
        var withHostClock = new ServiceCollection();
        withHostClock.AddSingleton<TimeProvider>(fake);
        withHostClock.AddLinkedInRsc(_ => { });
        var withoutClock = new ServiceCollection();
        withoutClock.AddLinkedInRsc(_ => { });

        using ServiceProvider a = withHostClock.BuildServiceProvider(StrictProvider);
        using ServiceProvider b = withoutClock.BuildServiceProvider(StrictProvider);

        Assert.Multiple(() =>
        {
            Assert.That(a.GetRequiredService<TimeProvider>(), Is.SameAs(fake));
            Assert.That(b.GetRequiredService<TimeProvider>(), Is.SameAs(TimeProvider.System));
        });
    }

    [Test]
    public void AddLinkedInRsc_HostTokenProviderWins()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAccessTokenProvider, FixedTokenProvider>();
        services.AddLinkedInRsc(_ => { });

        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        Assert.That(provider.GetRequiredService<IAccessTokenProvider>(), Is.TypeOf<FixedTokenProvider>());
    }

    [Test]
    public void AddLinkedInRsc_RegistersTheSyncEngineFactoryAsASingleton_AndAHostFakeWins()
    {
        var defaults = new ServiceCollection();
        defaults.AddLinkedInRsc(_ => { });
        var withFake = new ServiceCollection();
        withFake.AddSingleton<ISyncEngineFactory, FakeEngineFactory>();
        withFake.AddLinkedInRsc(_ => { });

        using ServiceProvider a = defaults.BuildServiceProvider(StrictProvider);
        using ServiceProvider b = withFake.BuildServiceProvider(StrictProvider);
        ISyncEngineFactory first = a.GetRequiredService<ISyncEngineFactory>();
        ISyncEngineFactory second = a.GetRequiredService<ISyncEngineFactory>();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.TypeOf<SyncEngineFactory>());
            Assert.That(second, Is.SameAs(first));
            Assert.That(b.GetRequiredService<ISyncEngineFactory>(), Is.TypeOf<FakeEngineFactory>());
        });
    }

    [Test]
    public void AddLinkedInRsc_CalledTwice_DoesNotStackHandlers()
    {
        var once = new ServiceCollection();
        once.AddLinkedInRsc(_ => { });
        var twice = new ServiceCollection();
        twice.AddLinkedInRsc(_ => { });
        twice.AddLinkedInRsc(o => o.MaxRetryAttempts = 1);

        using ServiceProvider a = once.BuildServiceProvider(StrictProvider);
        using ServiceProvider b = twice.BuildServiceProvider(StrictProvider);

        static int HandlerActions(IServiceProvider p) =>
            p.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(LinkedInRscDefaults.HttpClientName).HttpMessageHandlerBuilderActions.Count;

        Assert.Multiple(() =>
        {
            Assert.That(HandlerActions(a), Is.GreaterThan(0));
            Assert.That(HandlerActions(b), Is.EqualTo(HandlerActions(a)));
            Assert.That(b.GetRequiredService<IOptions<LinkedInRscOptions>>().Value.MaxRetryAttempts, Is.EqualTo(1));
        });
    }

    [Test]
    public void StartupValidation_MissingRequiredValue_NamesTheSetting()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o => o.UserAgent = null!);
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("LinkedInRsc:UserAgent is required"));
    }

    [TestCase(ApiFlavor.V2, null, "https://api.linkedin.com/v2/")]
    [TestCase(ApiFlavor.Versioned, "202604", "https://api.linkedin.com/rest/")]
    public void NamedClient_HasBaseAddressAndDefaultHeaders(ApiFlavor flavor, string? version, string expectedBase)
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o =>
        {
            o.ApiFlavor = flavor;
            o.LinkedInVersion = version;
            o.UserAgent = "MyAts/4.2 LinkedInRsc/1.0";
        });
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(LinkedInRscDefaults.HttpClientName);

        Assert.Multiple(() =>
        {
            Assert.That(client.BaseAddress, Is.EqualTo(new Uri(expectedBase)));
            Assert.That(client.DefaultRequestHeaders.UserAgent.ToString(), Is.EqualTo("MyAts/4.2 LinkedInRsc/1.0"));
            Assert.That(client.DefaultRequestHeaders.Contains("LinkedIn-Version"), Is.False, "the RestLiClient sets the version per call, only on calls to rest/");
            if (version is null)
            {
                Assert.That(
                    () => provider.GetRequiredService<global::LinkedInRsc.RestLi.RestLiClient>().SendAsync(global::LinkedInRsc.RestLi.RestLiRequest.GetAll("x") with { Api = ApiFlavor.Versioned }),
                    Throws.ArgumentException.With.Message.Contains("needs a LinkedIn-Version"),
                    "without a version a call to rest/ is refused before sending");
            }
            Assert.That(client.Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
        });
    }

    [Test]
    public void NamedClient_BaseAddressWithPath_KeepsThePath()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o => o.BaseAddress = new Uri("http://localhost:5005/emulator"));
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        HttpClient client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(LinkedInRscDefaults.HttpClientName);

        Assert.That(client.BaseAddress, Is.EqualTo(new Uri("http://localhost:5005/emulator/v2/")));
    }

    [Test]
    public void Resilience_IsConfiguredFromOptions_AndConfigureResilienceRunsLast()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(20);
                o.TotalTimeout = TimeSpan.FromSeconds(90);
                o.MaxRetryAttempts = 5;
            })
            .ConfigureResilience(r => r.Retry.MaxDelay = TimeSpan.FromSeconds(42));
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        HttpStandardResilienceOptions resilience = provider.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>()
            .Get(LinkedInRscDefaults.HttpClientName + "-standard");

        Assert.Multiple(() =>
        {
            Assert.That(resilience.AttemptTimeout.Timeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(resilience.TotalRequestTimeout.Timeout, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(resilience.Retry.MaxRetryAttempts, Is.EqualTo(5));
            Assert.That(resilience.Retry.ShouldRetryAfterHeader, Is.True);
            Assert.That(resilience.Retry.MaxDelay, Is.EqualTo(TimeSpan.FromSeconds(42)));
            Assert.That(resilience.CircuitBreaker.SamplingDuration, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(40)));
        });
    }

    [TestCase("BaseAddress", "not-a-uri", "LinkedInRsc:BaseAddress must be an absolute http(s) URI")]
    [TestCase("BaseAddress", "ftp://api.linkedin.com/", "LinkedInRsc:BaseAddress must be an absolute http(s) URI")]
    [TestCase("TokenEndpoint", "https://www.linkedin.com/oauth?x=1", "LinkedInRsc:TokenEndpoint must not have a query string")]
    [TestCase("ApiFlavor", "Versioned", "LinkedInRsc:LinkedInVersion is required when LinkedInRsc:ApiFlavor is Versioned")]
    [TestCase("LinkedInVersion", "202604", "LinkedInRsc:LinkedInVersion is only sent with LinkedInRsc:ApiFlavor Versioned")]
    [TestCase("ClientId", "only-the-id", "LinkedInRsc:ClientSecret is required when LinkedInRsc:ClientId is set")]
    [TestCase("AttemptTimeout", "00:01:00", "LinkedInRsc:AttemptTimeout (00:01:00) must be shorter than LinkedInRsc:TotalTimeout")]
    [TestCase("TotalTimeout", "00:00:00", "LinkedInRsc:TotalTimeout must be between")]
    [TestCase("MaxRetryAttempts", "11", "LinkedInRsc:MaxRetryAttempts must be between 0 and 10")]
    [TestCase("UserAgent", "bad agent (", "LinkedInRsc:UserAgent must be a valid User-Agent")]
    public void StartupValidation_BadSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(Section((key, value)));
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        // What the generic host runs at start-up for ValidateOnStart registrations.
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [TestCase("Sync:BatchSize", "0", "LinkedInRsc:Sync:BatchSize must be between 1 and 100")]
    [TestCase("Sync:MaxConcurrency", "0", "LinkedInRsc:Sync:MaxConcurrency must be at least 1")]
    [TestCase("Sync:MaxRetryAttempts", "-1", "LinkedInRsc:Sync:MaxRetryAttempts must not be negative")]
    [TestCase("Sync:RetryBaseDelay", "00:00:00", "LinkedInRsc:Sync:RetryBaseDelay must be positive")]
    [TestCase("Sync:JobTaskPollInterval", "-00:00:01", "LinkedInRsc:Sync:JobTaskPollInterval must be positive")]
    [TestCase("Sync:JobTaskTimeout", "-00:00:01", "LinkedInRsc:Sync:JobTaskTimeout must not be negative")]
    [TestCase("Quota:RecordsPerMinute", "0", "LinkedInRsc:Quota:RecordsPerMinute must be at least 1")]
    [TestCase("Quota:RecordsPerMinute", "50", "LinkedInRsc:Quota:RecordsPerMinute (50) must be at least LinkedInRsc:Sync:BatchSize (100)")]
    [TestCase("Quota:RequestsPerDay", "0", "LinkedInRsc:Quota:RequestsPerDay must be at least 1")]
    [TestCase("Quota:Segment", "00:00:07", "LinkedInRsc:Quota:Segment must be positive and divide one minute evenly")]
    public void StartupValidation_BadSyncOrQuotaSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(Section((key, value)));
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [Test]
    public void StartupValidation_SyncOptionsSetInCode_AreValidatedToo()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(_ => { });
        services.Configure<SyncOptions>(o => o.BatchSize = 101);
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("LinkedInRsc:Sync:BatchSize must be between 1 and 100 (LinkedIn's limit per request); 101 is not"));
    }

    [Test]
    public void AddLinkedInRsc_FromConfiguration_BindsTheSyncAndQuotaSections()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(Section(("Sync:BatchSize", "50"), ("Sync:JobTaskPollInterval", "00:00:05"), ("Quota:RecordsPerMinute", "5000")));
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        Assert.Multiple(() =>
        {
            Assert.DoesNotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
            Assert.That(provider.GetRequiredService<IOptions<SyncOptions>>().Value.BatchSize, Is.EqualTo(50));
            Assert.That(provider.GetRequiredService<IOptions<SyncOptions>>().Value.JobTaskPollInterval, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(provider.GetRequiredService<IOptions<QuotaOptions>>().Value.RecordsPerMinute, Is.EqualTo(5000));
        });
    }

    [Test]
    public void AddLinkedInRsc_HostProspectProvider_ReplacesTheStageNameDefault()
    {
        var before = new ServiceCollection();
        before.AddSingleton<IProspectStageProvider, NoProspects>();
        before.AddLinkedInRsc(_ => { });
        var defaults = new ServiceCollection();
        defaults.AddLinkedInRsc(_ => { });
        using ServiceProvider a = before.BuildServiceProvider(StrictProvider);
        using ServiceProvider b = defaults.BuildServiceProvider(StrictProvider);

        Assert.Multiple(() =>
        {
            Assert.That(a.GetRequiredService<IProspectStageProvider>(), Is.TypeOf<NoProspects>());
            Assert.That(b.GetRequiredService<IProspectStageProvider>(), Is.SameAs(ProspectStageNameProvider.Instance));
        });
    }

    [Test]
    public void StartupValidation_ValidVersionedSettings_Pass()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(Section(("ApiFlavor", "Versioned"), ("LinkedInVersion", "202604.01"), ("ClientId", "id"), ("ClientSecret", "s")));
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        Assert.DoesNotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.That(provider.GetRequiredService<IOptions<LinkedInRscOptions>>().Value.LinkedInVersion, Is.EqualTo("202604.01"));
    }

    [Test]
    public void StartupValidation_ReportsEveryBadSettingAtOnce()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o =>
        {
            o.BaseAddress = new Uri("relative/path", UriKind.Relative);
            o.ApiFlavor = ApiFlavor.Versioned;
            o.LinkedInVersion = "2026-04";
            o.ClientSecret = "secret-without-id";
        });
        using ServiceProvider provider = services.BuildServiceProvider(StrictProvider);

        var ex = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<LinkedInRscOptions>>().Value);

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("LinkedInRsc:BaseAddress"));
            Assert.That(ex.Message, Does.Contain("LinkedInRsc:LinkedInVersion must look like YYYYMM"));
            Assert.That(ex.Message, Does.Contain("LinkedInRsc:ClientId is required when LinkedInRsc:ClientSecret is set"));
            Assert.That(ex.Message, Does.Not.Contain("secret-without-id"));
        });
    }

    private sealed class FixedTokenProvider : IAccessTokenProvider
    {
        public Task<AccessToken> GetTokenAsync(ClientCredentials credentials, CancellationToken cancellationToken = default) =>
            Task.FromResult(new AccessToken("fixed", DateTimeOffset.MaxValue));

        public Task InvalidateAsync(ClientCredentials credentials, AccessToken token, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;
    }

    private sealed class NoProspects : IProspectStageProvider
    {
        public bool IsProspectOnly(ApplicationRecord application) => false;

        public bool IsProspectOnly(CandidateRecord candidate) => false;
    }

    private sealed class FakeEngineFactory : ISyncEngineFactory
    {
        public ISyncEngine Create(LinkedInRsc.Customers.ICustomerClient client, SyncOptions? options = null, IProspectStageProvider? prospects = null) => throw new NotSupportedException();
    }
}
