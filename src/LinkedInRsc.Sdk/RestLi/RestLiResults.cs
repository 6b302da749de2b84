using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>What happened to one key of a batch request.</summary>
public enum RestLiOutcome
{
    /// <summary>The entity was read or written (a 2xx per-key status, or an entity in <c>results</c>).</summary>
    Succeeded = 0,

    /// <summary>LinkedIn reported an error or a non-2xx status for this key.</summary>
    Failed = 1,

    /// <summary>The response said nothing about this key; treat it as not done.</summary>
    Missing = 2,
}

/// <summary>The outcome of one key of a BATCH_GET, BATCH_UPDATE, BATCH_PARTIAL_UPDATE or BATCH_DELETE.</summary>
public sealed record RestLiKeyResult
{
    /// <summary>The key, as given in the request.</summary>
    public required RestLiValue Key { get; init; }

    /// <summary>What happened.</summary>
    public required RestLiOutcome Outcome { get; init; }

    /// <summary>The per-key HTTP status, when the response carried one.</summary>
    public int? Status { get; init; }

    /// <summary>The entity (BATCH_GET), when returned.</summary>
    public JsonElement? Entity { get; init; }

    /// <summary>The error, when the key failed with one.</summary>
    public RestLiError? Error { get; init; }
}

/// <summary>The per-key outcomes of a batch call, one for every key of the request, in request order.</summary>
public sealed class RestLiBatchResult
{
    private readonly Dictionary<RestLiValue, RestLiKeyResult> _byKey;

    /// <summary>Creates a result.</summary>
    /// <param name="results">One outcome per requested key.</param>
    public RestLiBatchResult(IEnumerable<RestLiKeyResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = [.. results];
        _byKey = [];
        foreach (var result in Results)
        {
            _byKey.TryAdd(result.Key, result);
        }
    }

    /// <summary>One outcome per requested key, in request order.</summary>
    public IReadOnlyList<RestLiKeyResult> Results { get; }

    /// <summary>Whether every key succeeded.</summary>
    public bool AllSucceeded => Results.All(static r => r.Outcome == RestLiOutcome.Succeeded);

    /// <summary>The keys that failed or that the response did not mention.</summary>
    public IEnumerable<RestLiKeyResult> NotSucceeded => Results.Where(static r => r.Outcome != RestLiOutcome.Succeeded);

    /// <summary>Looks up the outcome of a key.</summary>
    /// <param name="key">The key as requested (compared structurally).</param>
    /// <param name="result">The outcome, when the key was part of the request.</param>
    /// <returns>Whether the key was part of the request.</returns>
    public bool TryGetResult(RestLiValue key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiKeyResult? result) =>
        _byKey.TryGetValue(key ?? throw new ArgumentNullException(nameof(key)), out result);
}

/// <summary>The outcome of one element of a BATCH_CREATE (<c>elements[i]</c>), matched by position.</summary>
public sealed record RestLiCreateResult
{
    /// <summary>The position of the entity in the request.</summary>
    public required int Index { get; init; }

    /// <summary>What happened.</summary>
    public required RestLiOutcome Outcome { get; init; }

    /// <summary>The per-element HTTP status (201 when created).</summary>
    public int? Status { get; init; }

    /// <summary>The id of the created entity (for job postings, the creation task id), when returned.</summary>
    public RestLiValue? Id { get; init; }

    /// <summary>The error, when the element failed with one.</summary>
    public RestLiError? Error { get; init; }
}

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

/// <summary>The result of one criteria of a BATCH_FINDER, matched by position.</summary>
public sealed record RestLiBatchFinderResult
{
    /// <summary>The position of the criteria in the request.</summary>
    public required int Index { get; init; }

    /// <summary>The criteria, as given in the request.</summary>
    public required RestLiValue Criteria { get; init; }

    /// <summary>What happened.</summary>
    public required RestLiOutcome Outcome { get; init; }

    /// <summary>The found elements, when it succeeded.</summary>
    public RestLiPage? Page { get; init; }

    /// <summary>The error, when it failed.</summary>
    public RestLiError? Error { get; init; }
}
