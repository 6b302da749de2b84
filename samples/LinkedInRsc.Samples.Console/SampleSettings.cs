using LinkedInRsc.Testing;
using Microsoft.Extensions.Configuration;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// Where the sample runs: the embedded emulator by default; with <c>--base-url</c> (configuration key
/// <c>Sample:BaseUrl</c>, environment variable <c>LINKEDINRSC_Sample__BaseUrl</c>) a standalone emulator or LinkedIn,
/// with partner credentials from <c>LinkedInRsc:ClientId</c> / <c>LinkedInRsc:ClientSecret</c> (user secrets or
/// environment, never source).
/// </summary>
public sealed record SampleSettings
{
    /// <summary>The API base address; <see langword="null"/> for the embedded emulator.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The OAuth token endpoint; by default the emulator's, or LinkedIn's for LinkedIn.</summary>
    public Uri? TokenEndpoint { get; init; }

    /// <summary>The partner application's client id (the emulator's default partner when not set).</summary>
    public string? ClientId { get; init; }

    /// <summary>The partner application's client secret.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Whether <see cref="BaseUrl"/> is LinkedIn (<c>Sample:Target</c> = <c>LinkedIn</c>, or a linkedin.com host) or an emulator.</summary>
    public SampleTarget Target { get; init; } = SampleTarget.EmbeddedEmulator;

    /// <summary>Reads the settings from the command line, the environment and user secrets.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The settings.</returns>
    public static SampleSettings FromCommandLine(string[] args)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddUserSecrets(typeof(SampleSettings).Assembly, optional: true)
            .AddEnvironmentVariables("LINKEDINRSC_")
            .AddCommandLine(args, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["--base-url"] = "Sample:BaseUrl",
                ["--target"] = "Sample:Target",
                ["--token-endpoint"] = "LinkedInRsc:TokenEndpoint",
                ["--client-id"] = "LinkedInRsc:ClientId",
            })
            .Build();
        return FromConfiguration(configuration);
    }

    /// <summary>Reads the settings from configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The settings.</returns>
    public static SampleSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Uri? baseUrl = configuration["Sample:BaseUrl"] is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null;
        SampleTarget target = baseUrl is null
            ? SampleTarget.EmbeddedEmulator
            : configuration["Sample:Target"] is { Length: > 0 } named
                ? Enum.Parse<SampleTarget>(named, ignoreCase: true)
                : baseUrl.Host.EndsWith("linkedin.com", StringComparison.OrdinalIgnoreCase) ? SampleTarget.LinkedIn : SampleTarget.StandaloneEmulator;
        bool emulator = target != SampleTarget.LinkedIn;
        return new SampleSettings
        {
            BaseUrl = baseUrl,
            Target = target,
            TokenEndpoint = configuration["LinkedInRsc:TokenEndpoint"] is { Length: > 0 } token
                ? new Uri(token, UriKind.Absolute)
                : emulator && baseUrl is not null ? new Uri(baseUrl, "oauth/v2/accessToken") : null,
            ClientId = configuration["LinkedInRsc:ClientId"] ?? (emulator ? EmulatorOptions.DefaultPartnerClientId : null),
            ClientSecret = configuration["LinkedInRsc:ClientSecret"] ?? (emulator ? EmulatorOptions.DefaultPartnerClientSecret : null),
        };
    }

    /// <summary>Never shows the secret.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Target} {BaseUrl}";
}
