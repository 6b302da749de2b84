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

    /// <summary>
    /// Reads LinkedIn's matches of synced candidates (<c>matchedMembers</c>, <c>manualMatchedMember</c>) and resolves
    /// each to the outcome a recruiter sees. Any number of ids, read in batches of 100.
    /// </summary>
    /// <param name="atsCandidateIds">The ATS ids of the candidates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One match per id, in input order; a candidate LinkedIn does not have is <see cref="MatchOutcome.NotSynced"/>.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<IReadOnlyList<CandidateMatch>> GetMatchesAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Attaches LinkedIn members to synced candidates (<c>$set</c> of <c>manualMatchedMember</c> by partial update): the
    /// link a recruiter chose in the profile widget, or the member of a 1-click export.
    /// </summary>
    /// <param name="links">Candidate and member of each link.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per link, keyed by candidate id; a candidate LinkedIn does not have fails with 404.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<string>> LinkAsync(IEnumerable<MemberLink> links, CancellationToken cancellationToken = default);

    /// <summary>Removes the attached member of synced candidates (<c>$delete</c> of <c>manualMatchedMember</c>).</summary>
    /// <param name="atsCandidateIds">The ATS ids of the candidates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per id.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<string>> UnlinkAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default);
}
