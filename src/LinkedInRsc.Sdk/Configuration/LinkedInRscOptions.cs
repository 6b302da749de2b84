using System.ComponentModel.DataAnnotations;
using System.Reflection;
using LinkedInRsc.Authentication;
using LinkedInRsc.RestLi;

namespace LinkedInRsc;

/// <summary>
/// Settings of the LinkedIn RSC SDK, bound from the <c>LinkedInRsc</c> configuration section or set by a delegate in
/// <c>AddLinkedInRsc</c>. They are validated when the host starts; an invalid value fails start-up with a message that
/// names the setting.
/// </summary>
/// <remarks><see cref="ToString"/> never shows <see cref="ClientSecret"/>.</remarks>
public sealed class LinkedInRscOptions
{
    /// <summary>The default of <see cref="BaseAddress"/>: <c>https://api.linkedin.com/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.linkedin.com/");

    /// <summary>The default of <see cref="TokenEndpoint"/>: <c>https://www.linkedin.com/oauth/v2/accessToken</c>.</summary>
    public static readonly Uri DefaultTokenEndpoint = new("https://www.linkedin.com/oauth/v2/accessToken");

    /// <summary>The default of <see cref="UserAgent"/>: <c>LinkedInRsc/&lt;package version&gt;</c>.</summary>
    public static readonly string DefaultUserAgent = "LinkedInRsc/" + GetPackageVersion();

    /// <summary>
    /// The root address of LinkedIn's API, without <c>v2/</c> or <c>rest/</c> (the SDK appends the one
    /// <see cref="ApiFlavor"/> selects). Must be an absolute http(s) URI without query or fragment. Point it at the
    /// RSC emulator in tests. Default <c>https://api.linkedin.com/</c>.
    /// </summary>
    [Required(ErrorMessage = "LinkedInRsc:BaseAddress is required: set it to an absolute http(s) URI such as https://api.linkedin.com/.")]
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Which API surface to call: <see cref="ApiFlavor.V2"/> (default) or <see cref="ApiFlavor.Versioned"/>.</summary>
    public ApiFlavor ApiFlavor { get; set; } = ApiFlavor.V2;

    /// <summary>
    /// The API version sent as the <c>LinkedIn-Version</c> header of every call to the versioned API, as <c>YYYYMM</c>
    /// (e.g. <c>202604</c>) or <c>YYYYMM.RR</c>; a resource may name its own
    /// (<see cref="ResourceApiOptions.LinkedInVersion"/>). Required with <see cref="ApiFlavor.Versioned"/>; with
    /// <see cref="ApiFlavor.V2"/> allowed only when a resource is switched to the versioned API (the <c>/v2</c>
    /// endpoints ignore it, so setting it otherwise is a mistake).
    /// </summary>
    public string? LinkedInVersion { get; set; }

    /// <summary>
    /// Per-resource choices of API surface, version, path, key and field names, by resource name (see
    /// <see cref="ResourceApiOptions"/>; the names and defaults are in <c>docs/versioned-api.md</c>). Empty by default.
    /// </summary>
    public IDictionary<string, ResourceApiOptions> Resources { get; } = new Dictionary<string, ResourceApiOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Rest.li protocol version used to encode keys and queries. Default <see cref="RestLiProtocolVersion.Version2"/>.</summary>
    public RestLiProtocolVersion RestLiProtocolVersion { get; set; } = RestLiProtocolVersion.Version2;

    /// <summary>
    /// LinkedIn's OAuth 2.0 token endpoint, used by the client-credentials flow. Default
    /// <c>https://www.linkedin.com/oauth/v2/accessToken</c>.
    /// </summary>
    [Required(ErrorMessage = "LinkedInRsc:TokenEndpoint is required: set it to an absolute http(s) URI such as https://www.linkedin.com/oauth/v2/accessToken.")]
    public Uri TokenEndpoint { get; set; } = DefaultTokenEndpoint;

    /// <summary>
    /// The client id of the application whose token authenticates requests that carry no credentials of their own
    /// (see <c>RequestOptionKeys.Credentials</c>). Optional: a multi-tenant ATS passes each customer's credentials
    /// per request instead. Set it together with <see cref="ClientSecret"/>.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The client secret that goes with <see cref="ClientId"/>. Keep it out of source control (user secrets,
    /// environment variables, a key vault). Never logged or shown by <see cref="ToString"/>.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>How long one HTTP attempt may take before it is cancelled (and retried if it is idempotent). Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may take in total, all attempts and retry waits included. Default 30 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a failed idempotent request (GET, PUT, DELETE) is retried. Default 3; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// The base delay of the exponential back-off between retries (jittered). Default 2 s. A <c>Retry-After</c> header
    /// sent by LinkedIn takes precedence.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The <c>User-Agent</c> header sent with every request. Default <c>LinkedInRsc/&lt;package version&gt;</c>;
    /// prepend your product, e.g. <c>MyAts/4.2 LinkedInRsc/1.0.0</c>, so LinkedIn support can identify your traffic.
    /// </summary>
    [Required(ErrorMessage = "LinkedInRsc:UserAgent is required: set it to a product token such as MyAts/1.0.")]
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>
    /// How long before its expiry a cached access token is replaced. Default 5 minutes: LinkedIn's client-credentials
    /// tokens live 30 minutes, so a token is used for 25 minutes and one request started with it cannot outlive it
    /// (a call, retries included, is bounded by <see cref="TotalTimeout"/>), with room for clock drift. When a token
    /// lives less than twice the skew, it is replaced after half its lifetime instead.
    /// </summary>
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The credentials made of <see cref="ClientId"/> and <see cref="ClientSecret"/>, or <see langword="null"/> when they are not both set.</summary>
    internal ClientCredentials? DefaultCredentials =>
        string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret)
            ? null
            : new ClientCredentials(ClientId, ClientSecret);

    /// <summary>The address relative API paths resolve against: <see cref="BaseAddress"/> + <c>v2/</c> or <c>rest/</c>.</summary>
    internal Uri ApiBaseAddress
    {
        get
        {
            string root = BaseAddress.AbsoluteUri;
            if (!root.EndsWith('/'))
            {
                root += "/";
            }

            return new Uri(root + (ApiFlavor == ApiFlavor.Versioned ? "rest/" : "v2/"), UriKind.Absolute);
        }
    }

    /// <summary>The unversioned API, <see cref="BaseAddress"/> + <c>v2/</c>, whatever <see cref="ApiFlavor"/> says (e.g. for <c>/v2/me</c>).</summary>
    internal Uri V2BaseAddress => new(ApiBaseAddress, ApiFlavor == ApiFlavor.Versioned ? "../v2/" : "./");

    /// <summary>Describes the settings; the client secret is redacted.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() =>
        $"LinkedInRscOptions {{ BaseAddress = {BaseAddress}, ApiFlavor = {ApiFlavor}, LinkedInVersion = {LinkedInVersion}, " +
        $"Resources = [{string.Join(", ", Resources.Keys)}], RestLiProtocolVersion = {RestLiProtocolVersion}, TokenEndpoint = {TokenEndpoint}, ClientId = {ClientId}, " +
        $"ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "***")}, AttemptTimeout = {AttemptTimeout}, " +
        $"TotalTimeout = {TotalTimeout}, MaxRetryAttempts = {MaxRetryAttempts}, RetryDelay = {RetryDelay}, " +
        $"UserAgent = {UserAgent}, TokenRefreshSkew = {TokenRefreshSkew} }}";

    private static string GetPackageVersion()
    {
        string? version = typeof(LinkedInRscOptions).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(version))
        {
            return "0.0.0";
        }

        // Drop the "+<commit>" build metadata Source Link appends: it is noise in a User-Agent.
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
