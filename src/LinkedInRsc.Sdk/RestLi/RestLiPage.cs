using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>A page of a FINDER or GET_ALL (<c>elements</c>, <c>paging</c>, <c>metadata</c>).</summary>
public sealed record RestLiPage
{
    /// <summary>The elements of this page.</summary>
    public IReadOnlyList<JsonElement> Elements { get; init; } = [];

    /// <summary>The paging metadata, when sent.</summary>
    public RestLiPaging? Paging { get; init; }

    /// <summary>The finder's <c>metadata</c>, when sent.</summary>
    public JsonElement? Metadata { get; init; }
}
