using LinkedInRsc.Authentication;

namespace LinkedInRsc.Sdk.Tests.Authentication;

[TestFixture]
public sealed class AccessTokenTests
{
    private static readonly DateTimeOffset Expiry = new(2026, 11, 26, 5, 30, 0, TimeSpan.Zero);

    [Test]
    public void ToString_NeverShowsTheTokenValue()
    {
        var token = new AccessToken("AQX-secret-token", Expiry);

        Assert.That(token.ToString(), Does.Not.Contain("AQX-secret-token").And.Contain("2026-11-26T05:30:00"));
    }

    [Test]
    public void NeedsRefresh_IsTrueFromRefreshAtOn()
    {
        var token = new AccessToken("t", Expiry, Expiry.AddMinutes(-5));

        Assert.Multiple(() =>
        {
            Assert.That(token.NeedsRefresh(Expiry.AddMinutes(-5).AddTicks(-1)), Is.False);
            Assert.That(token.NeedsRefresh(Expiry.AddMinutes(-5)), Is.True);
        });
    }

    [Test]
    public void Ctor_RejectsEmptyValueAndRefreshAfterExpiry()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new AccessToken(" ", Expiry), Throws.ArgumentException.With.Property("ParamName").EqualTo("value"));
            Assert.That(() => new AccessToken("t", Expiry, Expiry.AddSeconds(1)), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("refreshAt"));
        });
    }
}
