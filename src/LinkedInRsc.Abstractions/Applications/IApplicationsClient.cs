namespace LinkedInRsc.Applications;

/// <summary>
/// Applications of one customer and what hangs under them: stages, notes, interview feedback (<c>atsApplications</c>).
/// Bound to that customer's credentials and organization. Every write takes any number of records, validates them,
/// sends them in chunks of at most 100 (records under one application share a request) and returns one outcome per record.
/// </summary>
public interface IApplicationsClient
{
    /// <summary>Creates or fully replaces applications.</summary>
    /// <param name="applications">The complete applications.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per application, keyed by <see cref="AtsApplication.AtsJobApplicationId"/>.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<string>> UpsertAsync(IEnumerable<AtsApplication> applications, CancellationToken cancellationToken = default);

    /// <summary>Deletes applications; LinkedIn also deletes their stages, notes and interview feedback.</summary>
    /// <param name="atsJobApplicationIds">The ATS ids of the applications.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per id.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<string>> DeleteAsync(IEnumerable<string> atsJobApplicationIds, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces stage records (the stage history).</summary>
    /// <param name="stages">The stages, of any number of applications.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per stage.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> UpsertStagesAsync(IEnumerable<AtsApplicationStage> stages, CancellationToken cancellationToken = default);

    /// <summary>Deletes stage records.</summary>
    /// <param name="keys">Application id and stage id of each.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> DeleteStagesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces application notes.</summary>
    /// <param name="notes">The notes, of any number of applications.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per note.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> UpsertNotesAsync(IEnumerable<AtsApplicationNote> notes, CancellationToken cancellationToken = default);

    /// <summary>Deletes application notes.</summary>
    /// <param name="keys">Application id and note id of each.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> DeleteNotesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces interview feedback.</summary>
    /// <param name="feedback">The feedback, of any number of applications.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per feedback.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> UpsertInterviewFeedbackAsync(IEnumerable<AtsInterviewFeedback> feedback, CancellationToken cancellationToken = default);

    /// <summary>Deletes interview feedback.</summary>
    /// <param name="keys">Application id and feedback id of each.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per key.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole.</exception>
    Task<BatchResult<AtsChildKey>> DeleteInterviewFeedbackAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default);
}
