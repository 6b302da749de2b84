using LinkedInRsc.Integrations;

namespace LinkedInRsc.Sdk.Tests.Integrations;

[TestFixture]
public sealed class CallbackUrlRulesTests
{
    [TestCase("https://ats.example/linkedin/acme/callback")]
    [TestCase("http://127.0.0.1:5081/linkedin/acme/callback")]
    [TestCase("http://localhost:5081/linkedin/acme/callback")]
    [TestCase("http://[::1]:5081/linkedin/acme/callback")]
    public void IsAllowed_HttpsOrLoopbackHttp_IsTrue(string url)
    {
        Assert.That(CallbackUrlRules.IsAllowed(new Uri(url)), Is.True);
    }

    [TestCase("http://ats.example/linkedin/acme/callback")]
    [TestCase("http://10.0.0.5/linkedin/acme/callback")]
    [TestCase("ftp://127.0.0.1/linkedin/acme/callback")]
    public void IsAllowed_PlainHttpOffLoopbackOrOtherScheme_IsFalse(string url)
    {
        Assert.That(CallbackUrlRules.IsAllowed(new Uri(url)), Is.False);
    }

    [Test]
    public void IsAllowed_RelativeUrl_IsFalse()
    {
        Assert.That(CallbackUrlRules.IsAllowed(new Uri("/linkedin/acme/callback", UriKind.Relative)), Is.False);
    }
}
