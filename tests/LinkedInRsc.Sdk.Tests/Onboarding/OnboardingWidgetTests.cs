using LinkedInRsc.Integrations;
using LinkedInRsc.Onboarding;

namespace LinkedInRsc.Sdk.Tests.Onboarding;

[TestFixture]
public sealed class OnboardingWidgetTests
{
    [Test]
    public void RenderHtml_DefaultSettings_EmbedsKeyBundlesAndCallback()
    {
        string html = OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = "78abc", CallbackFunctionName = "integrationRequest" });

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("src=\"https://platform.linkedin.com/xdoor/scripts/in.js\""));
            Assert.That(html, Does.Contain("api_key: 78abc\n"));
            Assert.That(html, Does.Contain("extensions: ATSIntegrationWidget@https://platform.linkedin.com/rsc/extensions/onboarding-widget"));
            Assert.That(html, Does.Contain("data-supported-bundled-integration-types=\"RECRUITER_SYSTEM_CONNECT_COMPANY,RECRUITER_SYSTEM_CONNECT_CONTRACT\""));
            Assert.That(html, Does.Contain("data-onintegrate=\"integrationRequest\""));
            Assert.That(html, Does.Contain("data-width=\"500\""));
        });
    }

    [Test]
    public void RenderHtml_HostileApiKey_IsHtmlEncoded()
    {
        string html = OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = "k\"></script><script>alert(1)</script>", Bundles = OnboardingBundles.Company });

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>alert"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)"));
            Assert.That(html, Does.Contain("\"RECRUITER_SYSTEM_CONNECT_COMPANY\""));
        });
    }

    [TestCase("alert(1)")]
    [TestCase("1abc")]
    [TestCase("a b")]
    [TestCase("")]
    public void RenderHtml_CallbackNotAFunctionName_ThrowsNamingTheSetting(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = "k", CallbackFunctionName = name }));

        Assert.That(ex!.Message, Does.Contain("CallbackFunctionName"));
    }

    [Test]
    public void RenderHtml_MissingApiKeyOrMultilineKey_Throws()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = " " }), Throws.ArgumentException.With.Message.Contains("ApiKey"));
            Assert.That(() => OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = "a\nextensions: evil" }), Throws.ArgumentException.With.Message.Contains("single line"));
        });
    }

    [Test]
    public void ParseCallback_ArrayShape_ReturnsOrganizationAndContracts()
    {
        const string Json = """
            [{"integrationContext":"urn:li:organization:11","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED","tenantType":"RECRUITER"},
             {"integrationContext":"urn:li:organization:11","integrationType":"IN_ATS_INDICATOR","onboardingStatus":"REQUESTED"},
             {"integrationContext":"urn:li:contract:77","integrationType":"CSA_API","onboardingStatus":"REQUESTED","extra":{"x":1}},
             {"integrationContext":"urn:li:contract:77","integrationType":"NEW_FUTURE_TYPE"}]
            """;

        OnboardingWidgetResult result = OnboardingWidget.ParseCallback(Json);

        Assert.Multiple(() =>
        {
            Assert.That(result.Organization, Is.EqualTo(OrganizationUrn.FromId(11)));
            Assert.That(result.Contracts, Is.EqualTo(new[] { ContractUrn.FromId(77) }));
            Assert.That(result.Integrations, Has.Count.EqualTo(4));
            Assert.That(result.Integrations[2].IntegrationType, Is.EqualTo(IntegrationType.CsaApi));
            Assert.That(result.Integrations[3].IntegrationType?.Value, Is.EqualTo("NEW_FUTURE_TYPE"));
            Assert.That(result.Integrations[0].OnboardingStatus, Is.EqualTo("REQUESTED"));
        });
    }

    [Test]
    public void ParseCallback_ObjectShapes_AreTolerated()
    {
        OnboardingWidgetResult wrapped = OnboardingWidget.ParseCallback("""{"integrations":[{"integrationContext":"urn:li:contract:5"}]}""");
        OnboardingWidgetResult single = OnboardingWidget.ParseCallback("""{"integrationContext":"urn:li:organization:9","status":"ENABLED"}""");

        Assert.Multiple(() =>
        {
            Assert.That(wrapped.Organization, Is.Null);
            Assert.That(wrapped.Contracts, Is.EqualTo(new[] { ContractUrn.FromId(5) }));
            Assert.That(single.Organization, Is.EqualTo(OrganizationUrn.FromId(9)));
            Assert.That(single.Integrations[0].OnboardingStatus, Is.EqualTo("ENABLED"));
        });
    }

    [TestCase("not json", "not valid JSON")]
    [TestCase("42", "must be an array")]
    [TestCase("""[{"integrationType":"CSA_API"}]""", "no 'integrationContext'")]
    [TestCase("""[{"integrationContext":"urn:li:company:1"}]""", "neither an organization URN")]
    [TestCase("""[{"integrationContext":"urn:li:organization:1"},{"integrationContext":"urn:li:organization:2"}]""", "two organizations")]
    public void ParseCallback_BadPayload_ThrowsFormatExceptionSayingWhy(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => OnboardingWidget.ParseCallback(json));

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [Test]
    public void BuildAuthorizationUri_EncodesEveryParameter()
    {
        Uri uri = LinkedInAuthorization.BuildAuthorizationUri("client id", new Uri("https://ats.example/cb?x=1"), "state-0123456789ab&c");

        Assert.That(uri.AbsoluteUri, Is.EqualTo(
            "https://www.linkedin.com/oauth/v2/authorization?response_type=code&client_id=client%20id" +
            "&redirect_uri=https%3A%2F%2Fats.example%2Fcb%3Fx%3D1&state=state-0123456789ab%26c&scope=r_liteprofile"));
    }

    [Test]
    public void BuildAuthorizationUri_BadArguments_Throw()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => LinkedInAuthorization.BuildAuthorizationUri("c", new Uri("http://ats.example/cb"), "0123456789abcdef"),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("redirectUri"));
            Assert.That(() => LinkedInAuthorization.BuildAuthorizationUri("c", new Uri("https://ats.example/cb"), "short"),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("state"));
        });
    }
}
