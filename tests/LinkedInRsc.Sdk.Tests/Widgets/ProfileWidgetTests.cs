using LinkedInRsc.Widgets;

namespace LinkedInRsc.Sdk.Tests.Widgets;

public sealed class ProfileWidgetTests
{
    private static ProfileWidgetSettings Settings => new()
    {
        ApiKey = "client-1",
        AtsCandidateId = "C1",
        IntegrationContext = OrganizationUrn.FromId(42),
        OnSaveToProjectFunctionName = "onSave",
    };

    [Test]
    public void RenderHtml_Settings_EmbedsEveryAttribute()
    {
        string html = ProfileWidget.RenderHtml(Settings with { ConfirmUnlink = false });

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("api_key: client-1"));
            Assert.That(html, Does.Contain("extensions: HcmWidget@https://platform.linkedin.com/rsc/extensions/profile-widget"));
            Assert.That(html, Does.Contain("type=\"IN/HcmWidget\" data-widget-type=\"ATS\""));
            Assert.That(html, Does.Contain("data-ats-candidate-id=\"C1\""));
            Assert.That(html, Does.Contain("data-integration-context=\"urn:li:organization:42\""));
            Assert.That(html, Does.Contain("data-show-unlink-url=\"true\"").And.Contain("data-confirm-unlink=\"false\""));
            Assert.That(html, Does.Contain("data-onlink=\"onLinkedInLink\"").And.Contain("data-onunlink=\"onLinkedInUnlink\"").And.Contain("data-onsavetoproject=\"onSave\""));
            Assert.That(html, Does.Contain("data-width=\"800\""));
        });
    }

    [Test]
    public void RenderHtml_CandidateIdWithMarkup_IsHtmlEncoded()
    {
        string html = ProfileWidget.RenderHtml(Settings with { AtsCandidateId = "C\"><script>alert(1)</script>" });

        Assert.That(html, Does.Not.Contain("<script>alert").And.Contain("data-ats-candidate-id=\"C&quot;&gt;&lt;script&gt;"));
    }

    [TestCase("", "C1", "onLink", "ApiKey")]
    [TestCase("k", " ", "onLink", "AtsCandidateId")]
    [TestCase("k", "C1", "alert(1)", "OnLinkFunctionName")]
    [TestCase("k\nextensions: Evil@https://evil.example", "C1", "onLink", "ApiKey")]
    public void RenderHtml_BadSetting_IsRefusedNamingIt(string apiKey, string candidateId, string onLink, string setting)
    {
        var error = Assert.Throws<ArgumentException>(() => ProfileWidget.RenderHtml(Settings with { ApiKey = apiKey, AtsCandidateId = candidateId, OnLinkFunctionName = onLink }));

        Assert.That(error!.Message, Does.Contain("ProfileWidgetSettings." + setting));
    }

    [Test]
    public void EnsureOriginAllowed_OriginNotAmongTheDomains_NamesTheMissingDomain()
    {
        string[] domains = ["https://acme.ats.example", "https://admin.ats.example:8443"];

        Assert.DoesNotThrow(() => ProfileWidget.EnsureOriginAllowed("acme", new Uri("https://ACME.ats.example/candidates/C1?tab=li"), domains));
        Assert.DoesNotThrow(() => ProfileWidget.EnsureOriginAllowed("acme", new Uri("https://admin.ats.example:8443/x"), domains));
        var error = Assert.Throws<WidgetDomainNotAllowedException>(() => ProfileWidget.EnsureOriginAllowed("acme", new Uri("https://admin.ats.example/x"), domains));

        Assert.That(error!.MissingDomain, Is.EqualTo("https://admin.ats.example"));
        Assert.That(error.Message, Does.Contain("https://admin.ats.example").And.Contain("validJsSdkDomains").And.Contain("acme"));
        Assert.That(error.CustomerId, Is.EqualTo("acme"));
    }

    [TestCase("""{"action":"link","member":"urn:li:person:abc","atsCandidateId":"C1"}""", ProfileWidgetAction.Link, "C1")]
    [TestCase("""{"event":"onunlink","personUrn":"urn:li:person:abc"}""", ProfileWidgetAction.Unlink, null)]
    [TestCase("""{"type":"LINK","urn":"urn:li:person:abc","candidateId":"C9"}""", ProfileWidgetAction.Link, "C9")]
    public void ParseCallback_PlausibleShapes_GiveTheActionAndPersonUrn(string json, ProfileWidgetAction action, string? candidate)
    {
        ProfileWidgetCallback callback = ProfileWidget.ParseCallback(json);

        Assert.That(callback, Is.EqualTo(new ProfileWidgetCallback(action, PersonUrn.FromId("abc"), candidate)));
    }

    [TestCase("not json")]
    [TestCase("""["urn:li:person:abc"]""")]
    [TestCase("""{"member":"urn:li:person:abc"}""")]
    [TestCase("""{"action":"link","member":"abc"}""")]
    public void ParseCallback_MalformedPayload_IsAFormatException(string json) =>
        Assert.Throws<FormatException>(() => ProfileWidget.ParseCallback(json));
}
