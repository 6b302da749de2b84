using LinkedInRsc.Provisioning;

namespace LinkedInRsc.Sdk.Tests.Onboarding;

[TestFixture]
public sealed class ProvisioningRulesTests
{
    private static ProvisionCustomerRequest Valid() => new()
    {
        CustomerId = "acme-1",
        Name = "Our ATS - Acme",
        JsSdkDomains = ["https://acme.ats.example"],
        OAuthCallbackUrls = [new Uri("https://acme.ats.example/linkedin/callback")],
    };

    [Test]
    public void Validate_ValidRequest_DoesNotThrow()
    {
        Assert.That(() => ProvisioningRules.Validate(Valid()), Throws.Nothing);
    }

    [Test]
    public void Validate_EachBrokenRule_ThrowsNamingIt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => ProvisioningRules.Validate(Valid() with { CustomerId = " " }), Throws.ArgumentException.With.Message.Contains("customer id"));
            Assert.That(() => ProvisioningRules.Validate(Valid() with { Name = new string('x', 51) }), Throws.ArgumentException.With.Message.Contains("51 characters"));
            Assert.That(() => ProvisioningRules.Validate(Valid() with { Name = new string('x', 50) }), Throws.Nothing);
            Assert.That(() => ProvisioningRules.Validate(Valid() with { Name = "ATS - Linkedin pilot" }), Throws.ArgumentException.With.Message.Contains("\"LinkedIn\""));
            Assert.That(() => ProvisioningRules.Validate(Valid() with { JsSdkDomains = ["https://acme.ats.example/"] }), Throws.ArgumentException.With.Message.Contains("trailing slash"));
            Assert.That(() => ProvisioningRules.Validate(Valid() with { JsSdkDomains = ["https://acme.ats.example/app"] }), Throws.ArgumentException.With.Message.Contains("not an origin"));
            Assert.That(() => ProvisioningRules.Validate(Valid() with { JsSdkDomains = ["acme.ats.example"] }), Throws.ArgumentException.With.Message.Contains("not an origin"));
            Assert.That(() => ProvisioningRules.Validate(Valid() with { OAuthCallbackUrls = [new Uri("http://acme.ats.example/cb")] }), Throws.ArgumentException.With.Message.Contains("https"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("123")]
    public void ValidateApplicationUrn_NotAUrn_Throws(string? urn)
    {
        Assert.That(() => ProvisioningRules.ValidateApplicationUrn(urn), Throws.ArgumentException.With.Message.Contains("urn:li:developerApplication"));
    }
}
