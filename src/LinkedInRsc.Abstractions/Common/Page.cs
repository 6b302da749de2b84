namespace LinkedInRsc;

/// <summary>One page of a Rest.li finder (<c>start</c>/<c>count</c> paging).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed record Page<T>
{
    /// <summary>The items of this page.</summary>
    public required IReadOnlyList<T> Items { get; init; }

    /// <summary>The index of the first item of this page in the whole result.</summary>
    public required int Start { get; init; }

    /// <summary>The page size asked for.</summary>
    public required int Count { get; init; }

    /// <summary>The total number of items, when LinkedIn reports it.</summary>
    public int? Total { get; init; }

    /// <summary>
    /// Whether another page may follow: the total says so, or (without a total) this page was full.
    /// </summary>
    public bool HasMore => Total is { } total ? Start + Items.Count < total : Items.Count >= Count && Items.Count > 0;

    /// <summary>The <c>start</c> of the next page.</summary>
    public int NextStart => Start + Items.Count;
}
