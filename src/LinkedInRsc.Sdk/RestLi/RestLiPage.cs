using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>A page of a FINDER or GET_ALL (<c>elements</c>, <c>paging</c>, <c>metadata</c>).</summary>
/// <remarks><see cref="ToString"/> prints no entity, element, metadata or link target: they may hold personal data.</remarks>
public sealed record RestLiPage
{
    /// <summary>The elements of this page.</summary>
    public IReadOnlyList<JsonElement> Elements { get; init; } = [];

    /// <summary>The paging metadata, when sent.</summary>
    public RestLiPaging? Paging { get; init; }

    /// <summary>The finder's <c>metadata</c>, when sent.</summary>
    public JsonElement? Metadata { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Elements = ").Append(Elements.Count)
            .Append(", Paging = ").Append(Paging)
            .Append(", HasMetadata = ").Append(Metadata is not null);
        return true;
    }
}
