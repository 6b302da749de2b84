namespace LinkedInRsc.Candidates;

/// <summary>Candidates and candidate notes of one customer (<c>atsCandidates</c>), bound to that customer's credentials and organization.</summary>
public interface ICandidatesClient
{
    /// <summary>
    /// Creates or fully replaces candidates. Any number: they are validated, sent in chunks of 100, and each gets its
    /// own outcome; an invalid candidate is reported and does not stop the others.
    /// </summary>
    /// <param name="candidates">The complete candidates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per candidate, keyed by <see cref="AtsCandidate.AtsCandidateId"/>.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole (e.g. authentication).</exception>
    Task<BatchResult<string>> UpsertAsync(IEnumerable<AtsCandidate> candidates, CancellationToken cancellationToken = default);

    /// <summary>Deletes candidates (a candidate removed from the ATS, or a data-deletion request), in chunks of 100.</summary>
    /// <param name="atsCandidateIds">The ATS ids of the candidates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per id.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<string>> DeleteAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces candidate notes; notes of one candidate share a request (at most 100 per request).</summary>
    /// <param name="notes">The notes, of any number of candidates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per note.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> UpsertNotesAsync(IEnumerable<AtsCandidateNote> notes, CancellationToken cancellationToken = default);

    /// <summary>Deletes candidate notes.</summary>
    /// <param name="keys">Candidate id and note id of each note.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> DeleteNotesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default);
}
