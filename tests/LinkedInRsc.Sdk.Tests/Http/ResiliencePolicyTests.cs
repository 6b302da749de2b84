using LinkedInRsc.Http;

namespace LinkedInRsc.Sdk.Tests.Http;

[TestFixture]
public sealed class ResiliencePolicyTests
{
    [TestCase("GET", null, true)]
    [TestCase("HEAD", null, true)]
    [TestCase("PUT", null, true)]
    [TestCase("DELETE", null, true)]
    [TestCase("POST", null, false)]
    [TestCase("PATCH", null, false)]
    [TestCase("POST", "GET", true)]
    [TestCase("POST", "PUT", true)]
    [TestCase("POST", "DELETE", true)]
    [TestCase("POST", " get ", true)]
    [TestCase("POST", "POST", false)]
    [TestCase("POST", "PATCH", false)]
    [TestCase("GET", "POST", true)] // the override only upgrades a POST; a real GET stays a GET
    public void IsRetryable_FollowsTheEffectiveVerb(string method, string? methodOverride, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://api.linkedin.com/v2/x");
        if (methodOverride is not null)
        {
            request.Headers.Add(ResiliencePolicy.MethodOverrideHeader, methodOverride);
        }

        Assert.That(ResiliencePolicy.IsRetryable(request), Is.EqualTo(expected));
    }

    [Test]
    public void IsRetryable_NoRequest_IsFalse() => Assert.That(ResiliencePolicy.IsRetryable(null), Is.False);
}
