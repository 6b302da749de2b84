namespace LinkedInRsc.RestLi;

/// <summary>A link of a collection's paging (e.g. <c>rel="next"</c>).</summary>
public sealed record RestLiLink
{
    /// <summary>The relation, e.g. <c>next</c> or <c>prev</c>.</summary>
    public string? Rel { get; init; }

    /// <summary>The link target as sent (usually a path with query).</summary>
    public string? Href { get; init; }

    /// <summary>The media type, when sent.</summary>
    public string? Type { get; init; }
}
