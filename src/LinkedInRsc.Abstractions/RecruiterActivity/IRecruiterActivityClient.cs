namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Recruiter activity of one contract-level customer, pulled from LinkedIn: the seat holders of its contracts, each
/// seat's InMail history, the organization's prospect notes and the InMail stub profiles (<c>seatsV2</c>,
/// <c>conversationEvents</c>, <c>prospectNotes</c>, <c>mailStubs</c>).
/// </summary>
/// <remarks>
/// <para>Every method checks, before any request, that the customer was granted contract-level access
/// (<see cref="Customers.FeatureNotEnabledException"/> otherwise), that a contract is one of the customer's
/// contract-level contracts and that the required parameters are there (<see cref="ArgumentException"/> otherwise).</para>
/// <para>Results stream page by page as the caller reads them. A time range longer than 12 hours (the widest LinkedIn
/// answers) is split into consecutive windows of at most 12 hours, oldest first. Every request waits for the
/// client-side quota these resources share (100,000 requests a day per customer application, and a per-seat rate for
/// the seat-scoped ones), so the SDK itself never causes a 429.</para>
/// <para>Unknown fields and values are kept (<c>AdditionalProperties</c>, extensible enums); an element without the
/// fields that identify it (a note without id, a stub without member) is left out rather than failing the read.</para>
/// </remarks>
public interface IRecruiterActivityClient
{
    /// <summary>
    /// Streams the seats of a contract from <c>seatsV2</c>; when LinkedIn answers that resource with 404 (not
    /// available to the application), falls back to the legacy <c>seats</c> finder.
    /// </summary>
    /// <param name="contract">One of the customer's contract-level contracts.</param>
    /// <param name="states">The states to list; every state when <see langword="null"/> or empty.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The seats.</returns>
    /// <exception cref="Customers.FeatureNotEnabledException">The customer does not have contract-level access; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The contract is not one of the customer's contract-level contracts; nothing was sent.</exception>
    /// <exception cref="LinkedInRscException">A page request failed.</exception>
    IAsyncEnumerable<Seat> ListSeatsAsync(ContractUrn contract, IReadOnlyCollection<SeatState>? states = null, CancellationToken cancellationToken = default);

    /// <summary>Streams the seats of a contract from the legacy <c>seats</c> finder (deprecated by LinkedIn; prefer <see cref="ListSeatsAsync"/>).</summary>
    /// <param name="contract">One of the customer's contract-level contracts.</param>
    /// <param name="active">Only active (<see langword="true"/>) or inactive seats; all when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The seats.</returns>
    /// <exception cref="Customers.FeatureNotEnabledException">The customer does not have contract-level access; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The contract is not one of the customer's contract-level contracts; nothing was sent.</exception>
    /// <exception cref="LinkedInRscException">A page request failed.</exception>
    IAsyncEnumerable<Seat> ListLegacySeatsAsync(ContractUrn contract, bool? active = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the InMail messages of a seat's conversations created in [<paramref name="startTime"/>, <paramref name="endTime"/>),
    /// oldest window first, each message with <see cref="ConversationEvent.Viewer"/> set to the seat.
    /// </summary>
    /// <param name="viewer">The seat whose conversations to read.</param>
    /// <param name="startTime">The start of the range, inclusive.</param>
    /// <param name="endTime">The end of the range, exclusive; after <paramref name="startTime"/>.</param>
    /// <param name="threadUrn">Only this thread, when given.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    /// <exception cref="Customers.FeatureNotEnabledException">The customer does not have contract-level access; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The seat is missing, or the range is empty or before 1970; nothing was sent.</exception>
    /// <exception cref="LinkedInRscException">A page request failed.</exception>
    IAsyncEnumerable<ConversationEvent> ListConversationEventsAsync(SeatUrn viewer, DateTimeOffset startTime, DateTimeOffset endTime, string? threadUrn = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the prospect notes of a contract written, edited or deleted in [<paramref name="startTime"/>,
    /// <paramref name="endTime"/>), oldest window first. A deletion is a note with <see cref="ProspectNote.IsActive"/>
    /// <see langword="false"/>; an edit a newer version of the same note.
    /// </summary>
    /// <param name="contract">One of the customer's contract-level contracts.</param>
    /// <param name="owners">Only the notes of these seats; every seat's when <see langword="null"/> or empty.</param>
    /// <param name="startTime">The start of the range (<c>cutoffDate</c>), inclusive.</param>
    /// <param name="endTime">The end of the range, exclusive (<c>beforeDate</c>, which LinkedIn treats as inclusive, is sent one millisecond earlier).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The notes.</returns>
    /// <exception cref="Customers.FeatureNotEnabledException">The customer does not have contract-level access; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The contract is not one of the customer's contract-level contracts, or the range is empty or before 1970; nothing was sent.</exception>
    /// <exception cref="LinkedInRscException">A page request failed.</exception>
    IAsyncEnumerable<ProspectNote> ListProspectNotesAsync(ContractUrn contract, IReadOnlyCollection<SeatUrn>? owners, DateTimeOffset startTime, DateTimeOffset endTime, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the InMail stub profiles of a contract created in [<paramref name="startTime"/>, <paramref name="endTime"/>),
    /// oldest window first; without a range, all of them in one search. Pass <paramref name="owners"/> whenever you
    /// can: LinkedIn asks for it, and refuses a search that matches more than 20,000 stubs.
    /// </summary>
    /// <param name="contract">One of the customer's contract-level contracts.</param>
    /// <param name="owners">Only the stubs of these seats' InMails; every seat's when <see langword="null"/> or empty.</param>
    /// <param name="startTime">The start of the range, inclusive; give both bounds or neither.</param>
    /// <param name="endTime">The end of the range, exclusive.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The stubs.</returns>
    /// <exception cref="Customers.FeatureNotEnabledException">The customer does not have contract-level access; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The contract is not one of the customer's contract-level contracts, only one bound is given, or the range is empty or before 1970; nothing was sent.</exception>
    /// <exception cref="LinkedInRscException">A page request failed.</exception>
    IAsyncEnumerable<MailStub> ListMailStubsAsync(ContractUrn contract, IReadOnlyCollection<SeatUrn>? owners, DateTimeOffset? startTime, DateTimeOffset? endTime, CancellationToken cancellationToken = default);
}
