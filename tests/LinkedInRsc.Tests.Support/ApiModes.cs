namespace LinkedInRsc.Tests.Support;

/// <summary>What an <see cref="ApiMode"/> sets on the SDK.</summary>
public static class ApiModes
{
    /// <summary>The <c>LinkedIn-Version</c> the versioned mode sends (the release that renamed the candidate fields).</summary>
    public const string Version = "202602";

    /// <summary>Sets <paramref name="options"/> for <paramref name="mode"/>.</summary>
    /// <param name="options">The SDK's settings.</param>
    /// <param name="mode">The mode.</param>
    public static void Apply(LinkedInRscOptions options, ApiMode mode)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (mode == ApiMode.Versioned)
        {
            options.ApiFlavor = ApiFlavor.Versioned;
            options.LinkedInVersion = Version;
        }
    }

    /// <summary>The path prefix of a resource LinkedIn moved, in <paramref name="mode"/>.</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="v2Path">The <c>/v2</c> path, e.g. <c>atsCandidates</c>.</param>
    /// <param name="restPath">The <c>/rest</c> path, e.g. <c>candidates</c>.</param>
    /// <returns><c>/v2/{v2Path}</c> or <c>/rest/{restPath}</c>.</returns>
    public static string PathOf(ApiMode mode, string v2Path, string restPath) => mode == ApiMode.Versioned ? "/rest/" + restPath : "/v2/" + v2Path;
}
