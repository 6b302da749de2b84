namespace LinkedInRsc.Testing.Resources;

/// <summary>Rest.li paging parameters (<c>start</c>, <c>count</c>).</summary>
internal readonly record struct PageRequest(int Start, int Count)
{
    public const int DefaultCount = 10;

    public static PageRequest Create(int? start, int? count, int defaultCount = DefaultCount)
    {
        if (start is < 0)
        {
            throw ResourceRequestException.BadRequest($"Query parameter 'start' must be 0 or more, got {start}.");
        }

        if (count is < 0)
        {
            throw ResourceRequestException.BadRequest($"Query parameter 'count' must be 0 or more, got {count}.");
        }

        return new PageRequest(start ?? 0, count ?? defaultCount);
    }
}
