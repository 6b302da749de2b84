namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Where the recruiter-activity poller hands prospect notes (host extension point): the ATS keeps the latest version
/// of each note by <see cref="ProspectNote.Id"/> (<see cref="ProspectNote.Supersedes"/>) and removes deleted ones.
/// </summary>
/// <remarks>
/// Delivery is at least once and in order of last modification within a seat: the same version may come again after a
/// crash, and an older version never follows a newer one from the same round. Storing and deleting must be idempotent.
/// Throwing fails this seat's notes for this round only; they are handed again next round.
/// </remarks>
public interface IProspectNoteSink
{
    /// <summary>Stores new and edited notes (each the latest version seen of its note).</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="owner">The seat that wrote them (its holder's name is the author to show).</param>
    /// <param name="notes">The notes, all with <see cref="ProspectNote.IsActive"/> true.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the notes are stored.</returns>
    ValueTask StoreAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken = default);

    /// <summary>Removes deleted notes (a note never seen before may be deleted too: nothing to remove then).</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="owner">The seat that wrote them.</param>
    /// <param name="notes">The deletions, all with <see cref="ProspectNote.IsActive"/> false.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the notes are removed.</returns>
    ValueTask DeleteAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken = default);
}
