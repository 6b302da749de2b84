namespace LinkedInRsc.Telemetry;

/// <summary>
/// The low-cardinality shape of a request address for telemetry: the path with every entity key replaced by
/// <c>{key}</c> and without the query, e.g. <c>v2/atsCandidates/{key}/notes</c>. Rest.li paths alternate between a
/// collection name and a key (<c>collection/key/sub-collection/key</c>), so the segments after the API base
/// (<c>v2</c>, <c>rest</c>) are collections at even positions and keys at odd ones; keys are customer data and never
/// leave the process.
/// </summary>
internal static class UrlTemplate
{
    private static readonly string[] ApiBases = ["v2", "rest"];

    /// <summary>The template of an absolute request address.</summary>
    public static string Of(Uri uri)
    {
        string[] segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int baseIndex = Array.FindIndex(segments, s => ApiBases.Contains(s, StringComparer.Ordinal));
        if (baseIndex < 0 || Array.IndexOf(segments, "oauth") is >= 0 and var oauth && oauth < baseIndex)
        {
            // Not the API (the OAuth endpoints, oauth/v2/accessToken): fixed paths, no keys.
            return string.Join('/', segments);
        }

        var parts = new List<string>(segments.Length - baseIndex) { segments[baseIndex] };
        for (int i = baseIndex + 1; i < segments.Length; i++)
        {
            parts.Add((i - baseIndex) % 2 == 1 ? segments[i] : "{key}");
        }

        return string.Join('/', parts);
    }

    /// <summary><c>url.full</c> without anything a customer could be identified by: scheme, host, port and the template.</summary>
    public static string Redacted(Uri uri) => $"{uri.Scheme}://{uri.Authority}/{Of(uri)}";
}
