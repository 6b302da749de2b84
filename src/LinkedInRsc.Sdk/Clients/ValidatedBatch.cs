using System.Collections;

namespace LinkedInRsc.Clients;

/// <summary>
/// Records the sync engine has already checked against rules that include the capability client's own
/// (<see cref="Validation.EntityValidator"/>): a client handed this list does not validate the records again. Only the
/// engine creates one; a host's call of a client always hands it a plain sequence, which is validated.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="items">The records, each valid by the client's rules.</param>
internal sealed class ValidatedBatch<T>(List<T> items) : IReadOnlyList<T>
{
    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
