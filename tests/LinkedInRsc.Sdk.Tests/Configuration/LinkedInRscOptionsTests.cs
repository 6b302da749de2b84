using LinkedInRsc.Authentication;
using LinkedInRsc.RestLi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Sdk.Tests.Configuration;

[TestFixture]
public sealed class LinkedInRscOptionsTests
{
    [Test]
    public void Defaults_MatchLinkedInsProductionEndpointsAndDocumentedTimeouts()
    {
        var options = new LinkedInRscOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseAddress, Is.EqualTo(new Uri("https://api.linkedin.com/")));
            Assert.That(options.TokenEndpoint, Is.EqualTo(new Uri("https://www.linkedin.com/oauth/v2/accessToken")));
            Assert.That(options.ApiFlavor, Is.EqualTo(ApiFlavor.V2));
            Assert.That(options.LinkedInVersion, Is.Null);
            Assert.That(options.RestLiProtocolVersion, Is.EqualTo(RestLiProtocolVersion.Version2));
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.TokenRefreshSkew, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.MaxRetryAttempts, Is.EqualTo(3));
            Assert.That(options.UserAgent, Does.Match(@"^LinkedInRsc/\d+\.\d+\.\d+[^+]*$"));
            Assert.That(options.DefaultCredentials, Is.Null);
        });
    }

    [Test]
    public void ToString_NeverShowsTheSecret()
    {
        var options = new LinkedInRscOptions { ClientId = "client-42", ClientSecret = "pa$$/word+=" };

        string text = options.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("client-42"));
            Assert.That(text, Does.Not.Contain("pa$$/word+="));
            Assert.That(text, Does.Contain("ClientSecret = ***"));
        });
    }

    [Test]
    public void DefaultCredentials_AreBuiltFromClientIdAndSecret()
    {
        var options = new LinkedInRscOptions { ClientId = "id", ClientSecret = "secret" };

        Assert.That(options.DefaultCredentials, Is.EqualTo(new ClientCredentials("id", "secret")));
    }

    [TestCase("https://api.linkedin.com/", ApiFlavor.V2, "https://api.linkedin.com/v2/")]
    [TestCase("https://api.linkedin.com", ApiFlavor.Versioned, "https://api.linkedin.com/rest/")]
    [TestCase("http://localhost:8080/emu/", ApiFlavor.V2, "http://localhost:8080/emu/v2/")]
    public void ApiBaseAddress_AppendsTheFlavourSegment(string baseAddress, ApiFlavor flavor, string expected)
    {
        var options = new LinkedInRscOptions { BaseAddress = new Uri(baseAddress), ApiFlavor = flavor };

        Assert.That(options.ApiBaseAddress, Is.EqualTo(new Uri(expected)));
    }

    [Test]
    public void Binding_FromConfiguration_ReadsEverySetting()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LinkedInRsc:BaseAddress"] = "http://localhost:5005/",
            ["LinkedInRsc:ApiFlavor"] = "Versioned",
            ["LinkedInRsc:LinkedInVersion"] = "202604",
            ["LinkedInRsc:RestLiProtocolVersion"] = "Version1",
            ["LinkedInRsc:TokenEndpoint"] = "http://localhost:5005/oauth/v2/accessToken",
            ["LinkedInRsc:ClientId"] = "id",
            ["LinkedInRsc:ClientSecret"] = "secret",
            ["LinkedInRsc:AttemptTimeout"] = "00:00:05",
            ["LinkedInRsc:TotalTimeout"] = "00:00:20",
            ["LinkedInRsc:MaxRetryAttempts"] = "1",
            ["LinkedInRsc:RetryDelay"] = "00:00:00.500",
            ["LinkedInRsc:UserAgent"] = "MyAts/1.0",
            ["LinkedInRsc:TokenRefreshSkew"] = "00:02:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddLinkedInRsc(configuration.GetSection(LinkedInRscDefaults.ConfigurationSectionName));
        using ServiceProvider provider = services.BuildServiceProvider();

        LinkedInRscOptions options = provider.GetRequiredService<IOptions<LinkedInRscOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.BaseAddress, Is.EqualTo(new Uri("http://localhost:5005/")));
            Assert.That(options.ApiFlavor, Is.EqualTo(ApiFlavor.Versioned));
            Assert.That(options.LinkedInVersion, Is.EqualTo("202604"));
            Assert.That(options.RestLiProtocolVersion, Is.EqualTo(RestLiProtocolVersion.Version1));
            Assert.That(options.TokenEndpoint, Is.EqualTo(new Uri("http://localhost:5005/oauth/v2/accessToken")));
            Assert.That(options.DefaultCredentials, Is.EqualTo(new ClientCredentials("id", "secret")));
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(options.MaxRetryAttempts, Is.EqualTo(1));
            Assert.That(options.RetryDelay, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(options.UserAgent, Is.EqualTo("MyAts/1.0"));
            Assert.That(options.TokenRefreshSkew, Is.EqualTo(TimeSpan.FromMinutes(2)));
        });
    }
}
