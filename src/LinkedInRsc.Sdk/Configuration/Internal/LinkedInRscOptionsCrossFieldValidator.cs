using System.Globalization;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Configuration.Internal;

/// <summary>
/// The checks of <see cref="LinkedInRscOptions"/> DataAnnotations cannot express: URI shapes, enum values, the
/// version format, settings that only make sense together.
/// </summary>
internal sealed class LinkedInRscOptionsCrossFieldValidator : IValidateOptions<LinkedInRscOptions>
{
    private const string Prefix = LinkedInRscDefaults.ConfigurationSectionName + ":";

    public ValidateOptionsResult Validate(string? name, LinkedInRscOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        CheckHttpUri(options.BaseAddress, "BaseAddress", "https://api.linkedin.com/", failures);
        CheckHttpUri(options.TokenEndpoint, "TokenEndpoint", "https://www.linkedin.com/oauth/v2/accessToken", failures);

        if (!Enum.IsDefined(options.ApiFlavor))
        {
            failures.Add($"{Prefix}ApiFlavor must be V2 or Versioned; '{options.ApiFlavor}' is not a known value.");
        }

        if (!Enum.IsDefined(options.RestLiProtocolVersion))
        {
            failures.Add($"{Prefix}RestLiProtocolVersion must be Version2 or Version1; '{options.RestLiProtocolVersion}' is not a known value.");
        }

        if (options.ApiFlavor == ApiFlavor.Versioned)
        {
            if (string.IsNullOrWhiteSpace(options.LinkedInVersion))
            {
                failures.Add($"{Prefix}LinkedInVersion is required when {Prefix}ApiFlavor is Versioned: set it to the API version as YYYYMM, e.g. 202604.");
            }
            else if (!IsVersion(options.LinkedInVersion))
            {
                failures.Add($"{Prefix}LinkedInVersion must look like YYYYMM or YYYYMM.RR (e.g. 202604); '{options.LinkedInVersion}' does not.");
            }
        }
        else if (!string.IsNullOrEmpty(options.LinkedInVersion) && !options.Resources.Values.Any(r => r?.Api == ApiFlavor.Versioned))
        {
            failures.Add($"{Prefix}LinkedInVersion is only sent with {Prefix}ApiFlavor Versioned (the /rest endpoints) or to a resource switched to it ({Prefix}Resources:{{name}}:Api = Versioned): set ApiFlavor to Versioned or remove LinkedInVersion.");
        }

        bool hasId = !string.IsNullOrWhiteSpace(options.ClientId);
        bool hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        if (hasId != hasSecret)
        {
            failures.Add(hasId
                ? $"{Prefix}ClientSecret is required when {Prefix}ClientId is set: set both, or neither and pass credentials per request."
                : $"{Prefix}ClientId is required when {Prefix}ClientSecret is set: set both, or neither and pass credentials per request.");
        }

        CheckRange(options.AttemptTimeout, "AttemptTimeout", TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), failures);
        CheckRange(options.TotalTimeout, "TotalTimeout", TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), failures);
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{Prefix}MaxRetryAttempts must be between 0 and 10; {options.MaxRetryAttempts} is not.");
        }

        CheckRange(options.RetryDelay, "RetryDelay", TimeSpan.Zero, TimeSpan.FromMinutes(5), failures);
        CheckRange(options.TokenRefreshSkew, "TokenRefreshSkew", TimeSpan.Zero, TimeSpan.FromHours(1), failures);
        if (options.AttemptTimeout >= options.TotalTimeout)
        {
            failures.Add($"{Prefix}AttemptTimeout ({options.AttemptTimeout}) must be shorter than {Prefix}TotalTimeout ({options.TotalTimeout}), which bounds all attempts together.");
        }

        if (!string.IsNullOrWhiteSpace(options.UserAgent) && !IsUserAgent(options.UserAgent))
        {
            failures.Add($"{Prefix}UserAgent must be a valid User-Agent header value made of product tokens such as 'MyAts/1.0 LinkedInRsc/1.0'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckHttpUri(Uri? uri, string setting, string example, List<string> failures)
    {
        if (uri is null)
        {
            return; // reported by the DataAnnotations validator
        }

        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Prefix}{setting} must be an absolute http(s) URI such as {example}; '{uri.OriginalString}' is not.");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add($"{Prefix}{setting} must not have a query string or fragment; remove the part after '?' or '#'.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !IsOffNetwork(uri))
        {
            // The client secret goes to the token endpoint and every access token to the API: never in cleartext.
            failures.Add($"{Prefix}{setting} must use https for '{uri.Host}': plain http would send the client secret or access tokens in cleartext. http is allowed only to a loopback host (a local emulator).");
        }
    }

    /// <summary>
    /// Whether a host cannot be reached over a network: loopback (<c>localhost</c>, 127.0.0.0/8, <c>::1</c>), or a
    /// name under the reserved <c>.invalid</c> domain, which never resolves (an in-memory emulator).
    /// </summary>
    private static bool IsOffNetwork(Uri uri) =>
        uri.IsLoopback || uri.IdnHost.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);

    // TimeSpan ranges are checked here: DataAnnotations' RangeAttribute(Type, …) is not trim-safe.
    private static void CheckRange(TimeSpan value, string setting, TimeSpan minimum, TimeSpan maximum, List<string> failures)
    {
        if (value < minimum || value > maximum)
        {
            failures.Add($"{Prefix}{setting} must be between {minimum:c} and {maximum:c}; {value:c} is not.");
        }
    }

    internal static bool IsVersion(string value)
    {
        // YYYYMM or YYYYMM.RR with a real month.
        if (value.Length != 6 && value.Length != 9)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            bool ok = i == 6 ? value[i] == '.' : char.IsAsciiDigit(value[i]);
            if (!ok)
            {
                return false;
            }
        }

        int month = int.Parse(value.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12;
    }

    private static bool IsUserAgent(string value)
    {
        using var request = new HttpRequestMessage();
        return request.Headers.UserAgent.TryParseAdd(value) && request.Headers.UserAgent.Count > 0
            && request.Headers.UserAgent.All(p => p.Product is not null || p.Comment is not null);
    }
}
