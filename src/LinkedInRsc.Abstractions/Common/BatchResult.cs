using System.Globalization;

namespace LinkedInRsc;

/// <summary>
/// The result of a batch write: one <see cref="EntityResult{TKey}"/> per entity handed in, in input order, whether
/// it succeeded, was found invalid before sending, or was refused by LinkedIn. A batch write never drops an entity
/// silently: <see cref="Results"/> has exactly as many items as the input.
/// </summary>
/// <typeparam name="TKey">The entity key type.</typeparam>
/// <remarks><see cref="ToString"/> shows counts only, never keys or messages.</remarks>
public sealed class BatchResult<TKey>
    where TKey : notnull
{
    /// <summary>Creates a result.</summary>
    /// <param name="results">One outcome per input entity, in input order.</param>
    public BatchResult(IReadOnlyList<EntityResult<TKey>> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Results = results;
        foreach (EntityResult<TKey> r in results)
        {
            switch (r.Outcome)
            {
                case EntityOutcome.Succeeded: SucceededCount++; break;
                case EntityOutcome.Invalid: InvalidCount++; break;
                default: FailedCount++; break;
            }
        }
    }

    /// <summary>One outcome per input entity, in input order.</summary>
    public IReadOnlyList<EntityResult<TKey>> Results { get; }

    /// <summary>How many entities LinkedIn accepted.</summary>
    public int SucceededCount { get; }

    /// <summary>How many entities the SDK refused to send.</summary>
    public int InvalidCount { get; }

    /// <summary>How many entities LinkedIn refused, or were in a request that failed.</summary>
    public int FailedCount { get; }

    /// <summary>Whether every entity succeeded.</summary>
    public bool IsSuccess => SucceededCount == Results.Count;

    /// <summary>The outcomes that are not successes: the entities the SDK found invalid and those that failed.</summary>
    /// <returns>The invalid and failed outcomes, in input order.</returns>
    public IEnumerable<EntityResult<TKey>> GetFailures() => Results.Where(r => !r.IsSuccess);

    /// <summary>Counts only.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Results.Count} entities: {SucceededCount} succeeded, {InvalidCount} invalid, {FailedCount} failed");
}
