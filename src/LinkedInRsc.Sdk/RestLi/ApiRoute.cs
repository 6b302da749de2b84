namespace LinkedInRsc.RestLi;

/// <summary>
/// Where a Rest.li call goes: its path on the API surface it names (<c>v2/</c> or <c>rest/</c>, next to each other
/// under one root) and the <c>LinkedIn-Version</c> header it carries.
/// </summary>
internal static class ApiRoute
{
    /// <summary>The header naming the version of the versioned API.</summary>
    public const string VersionHeader = "LinkedIn-Version";

    private const string V2Segment = "v2/";
    private const string RestSegment = "rest/";

    /// <summary>
    /// The path (relative to <paramref name="baseAddress"/>, or absolute when the request names another surface) and the
    /// version header of <paramref name="request"/>; throws when a call to the versioned API has no version.
    /// </summary>
    public static (string Path, string? Version) Resolve(RestLiRequest request, string path, Uri? baseAddress, string? defaultVersion)
    {
        bool versioned = request.Api is { } api ? api == ApiFlavor.Versioned : baseAddress is not null && IsRest(baseAddress);
        string? version = versioned ? request.LinkedInVersion ?? defaultVersion : null;
        if (versioned && string.IsNullOrWhiteSpace(version))
        {
            throw new ArgumentException(
                $"A call to the versioned API (rest/{request.ResourcePath}) needs a LinkedIn-Version: set RestLiRequest.LinkedInVersion or RestLiClientOptions.LinkedInVersion.",
                nameof(request));
        }

        if (request.Api is null)
        {
            return (path, version);
        }

        if (baseAddress is null)
        {
            throw new ArgumentException("A request that names its Api needs the client's base address to find the API root.", nameof(request));
        }

        return (Root(baseAddress) + (versioned ? RestSegment : V2Segment) + path, version);
    }

    /// <summary>The API root: the base address without a trailing <c>v2/</c> or <c>rest/</c> segment.</summary>
    private static string Root(Uri baseAddress)
    {
        string text = baseAddress.AbsoluteUri;
        if (!text.EndsWith('/'))
        {
            text += "/";
        }

        if (text.EndsWith("/" + V2Segment, StringComparison.OrdinalIgnoreCase))
        {
            return text[..^V2Segment.Length];
        }

        return text.EndsWith("/" + RestSegment, StringComparison.OrdinalIgnoreCase) ? text[..^RestSegment.Length] : text;
    }

    private static bool IsRest(Uri baseAddress) =>
        baseAddress.AbsolutePath.EndsWith("/" + RestSegment, StringComparison.OrdinalIgnoreCase)
        || baseAddress.AbsolutePath.EndsWith("/rest", StringComparison.OrdinalIgnoreCase);
}
