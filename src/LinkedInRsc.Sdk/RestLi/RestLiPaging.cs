namespace LinkedInRsc.RestLi;

/// <summary>Rest.li paging metadata (<c>paging</c>).</summary>
public sealed record RestLiPaging
{
    /// <summary>The index of the first element of this page.</summary>
    public int Start { get; init; }

    /// <summary>The requested page size.</summary>
    public int Count { get; init; }

    /// <summary>The total number of elements, when the service reports it.</summary>
    public int? Total { get; init; }

    /// <summary>The paging links.</summary>
    public IReadOnlyList<RestLiLink> Links { get; init; } = [];

    /// <summary>Whether another page may follow: a <c>next</c> link, or a total beyond this page.</summary>
    /// <param name="elementsOnPage">How many elements this page held.</param>
    /// <returns>Whether to ask for the page starting at <see cref="Start"/> + <paramref name="elementsOnPage"/>.</returns>
    public bool HasMore(int elementsOnPage) =>
        Links.Any(static l => string.Equals(l.Rel, "next", StringComparison.OrdinalIgnoreCase))
        || (Total is int total ? Start + elementsOnPage < total : elementsOnPage > 0 && elementsOnPage >= Count);
}
