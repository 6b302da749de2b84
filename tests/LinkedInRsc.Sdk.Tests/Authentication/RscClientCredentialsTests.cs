using LinkedInRsc.Authentication;

namespace LinkedInRsc.Sdk.Tests.Authentication;

[TestFixture]
public sealed class RscClientCredentialsTests
{
    [Test]
    public void ToString_NeverShowsTheSecret()
    {
        var credentials = new RscClientCredentials("client-42", "s3cr3t/+=value");

        string text = credentials.ToString();

        Assert.That(text, Does.Contain("client-42"));
        Assert.That(text, Does.Not.Contain("s3cr3t"));
    }

    [TestCase("", "secret", "clientId")]
    [TestCase(" ", "secret", "clientId")]
    [TestCase("id", "", "clientSecret")]
    public void Ctor_MissingValue_ThrowsNamingTheParameter(string clientId, string clientSecret, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new RscClientCredentials(clientId, clientSecret));

        Assert.That(ex!.ParamName, Is.EqualTo(parameter));
    }

    [Test]
    public void Equals_ComparesIdAndSecretOrdinally()
    {
        var a = new RscClientCredentials("id", "secret");

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(new RscClientCredentials("id", "secret")));
            Assert.That(a, Is.Not.EqualTo(new RscClientCredentials("id", "SECRET")));
            Assert.That(a.GetHashCode(), Is.EqualTo(new RscClientCredentials("id", "secret").GetHashCode()));
        });
    }
}
