using LinkedInRsc.Configuration.Internal;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Sdk.Tests.Configuration;

/// <summary>
/// The client secret goes to <see cref="LinkedInRscOptions.TokenEndpoint"/> and every token to
/// <see cref="LinkedInRscOptions.BaseAddress"/>: plain <c>http://</c> is refused unless the host cannot be reached over
/// a network (loopback, or a name under the reserved <c>.invalid</c> domain, which never resolves: the in-memory emulator).
/// </summary>
[TestFixture]
public sealed class TransportSecurityTests
{
    [TestCase("BaseAddress", "http://api.linkedin.com/")]
    [TestCase("TokenEndpoint", "http://www.linkedin.com/oauth/v2/accessToken")]
    [TestCase("BaseAddress", "http://10.0.0.7:5080/")]
    [TestCase("TokenEndpoint", "http://emulator.internal.example:5080/oauth/v2/accessToken")]
    public void Validate_PlainHttpToANetworkHost_FailsNamingTheSetting(string setting, string address)
    {
        LinkedInRscOptions options = With(setting, address);

        ValidateOptionsResult result = new LinkedInRscOptionsCrossFieldValidator().Validate(null, options);

        Assert.That(result.Failed, Is.True, address);
        Assert.That(result.FailureMessage, Does.Contain("LinkedInRsc:" + setting).And.Contain("https"));
    }

    [TestCase("BaseAddress", "https://api.linkedin.com/")]
    [TestCase("BaseAddress", "http://127.0.0.1:5080/")]
    [TestCase("TokenEndpoint", "http://localhost:5080/oauth/v2/accessToken")]
    [TestCase("BaseAddress", "http://[::1]:5080/")]
    [TestCase("BaseAddress", "http://rsc-emulator.invalid/")]
    public void Validate_HttpsOrAHostNoNetworkReaches_Passes(string setting, string address)
    {
        LinkedInRscOptions options = With(setting, address);

        ValidateOptionsResult result = new LinkedInRscOptionsCrossFieldValidator().Validate(null, options);

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    private static LinkedInRscOptions With(string setting, string address)
    {
        var options = new LinkedInRscOptions();
        if (setting == "BaseAddress")
        {
            options.BaseAddress = new Uri(address);
        }
        else
        {
            options.TokenEndpoint = new Uri(address);
        }

        return options;
    }
}
