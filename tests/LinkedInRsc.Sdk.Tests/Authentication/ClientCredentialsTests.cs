using LinkedInRsc.Authentication;

namespace LinkedInRsc.Sdk.Tests.Authentication;

[TestFixture]
public sealed class ClientCredentialsTests
{
    [Test]
    public void ToString_NeverShowsTheSecret()
    {
        var credentials = new ClientCredentials("client-42", "s3cr3t/+=value");

        string text = credentials.ToString();

        Assert.That(text, Does.Contain("client-42"));
        Assert.That(text, Does.Not.Contain("s3cr3t"));
    }

    [TestCase("", "secret", "clientId")]
    [TestCase(" ", "secret", "clientId")]
    [TestCase("id", "", "clientSecret")]
    public void Ctor_MissingValue_ThrowsNamingTheParameter(string clientId, string clientSecret, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new ClientCredentials(clientId, clientSecret));

        Assert.That(ex!.ParamName, Is.EqualTo(parameter));
    }

    [Test]
    public void Equals_ComparesIdAndSecretOrdinally()
    {
        var a = new ClientCredentials("id", "secret");

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(new ClientCredentials("id", "secret")));
            Assert.That(a, Is.Not.EqualTo(new ClientCredentials("id", "SECRET")));
            Assert.That(a.GetHashCode(), Is.EqualTo(new ClientCredentials("id", "secret").GetHashCode()));
        });
    }
}
