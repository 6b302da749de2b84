namespace LinkedInRsc.RestLi;

/// <summary>A link of a collection's paging (e.g. <c>rel="next"</c>).</summary>
/// <remarks><see cref="ToString"/> prints no entity, element, metadata or link target: they may hold personal data.</remarks>
public sealed record RestLiLink
{
    /// <summary>The relation, e.g. <c>next</c> or <c>prev</c>.</summary>
    public string? Rel { get; init; }

    /// <summary>The link target as sent (usually a path with query).</summary>
    public string? Href { get; init; }

    /// <summary>The media type, when sent.</summary>
    public string? Type { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The target's query may carry a finder's parameters (an e-mail address, a name).
        builder.Append("Rel = ").Append(Rel).Append(", Type = ").Append(Type);
        return true;
    }
}
