namespace LinkedInRsc.RestLi;

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
    public bool IsSuccess => Results.All(static r => r.Outcome == RestLiOutcome.Succeeded);

    /// <summary>The keys that failed or that the response did not mention.</summary>
    /// <returns>The outcomes that are not successes, in request order.</returns>
    public IEnumerable<RestLiKeyResult> GetFailures() => Results.Where(static r => r.Outcome != RestLiOutcome.Succeeded);

    /// <summary>Looks up the outcome of a key.</summary>
    /// <param name="key">The key as requested (compared structurally).</param>
    /// <param name="result">The outcome, when the key was part of the request.</param>
    /// <returns>Whether the key was part of the request.</returns>
    public bool TryGetResult(RestLiValue key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiKeyResult? result) =>
        _byKey.TryGetValue(key ?? throw new ArgumentNullException(nameof(key)), out result);
}
