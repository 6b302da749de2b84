using LinkedInRsc.Customers;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// The LinkedIn stand-in: what people do on LinkedIn's side of the story (an admin connects in the onboarding widget,
/// LinkedIn's admin enables a customer, a recruiter exports or sends InMail, a member answers or closes their profile),
/// and what LinkedIn holds afterwards. Two implementations: the embedded emulator's C# API
/// (<see cref="EmbeddedLinkedInSide"/>) and the <c>/_emulator/</c> control endpoints of a standalone emulator
/// (<see cref="StandaloneLinkedInSide"/>). The real LinkedIn has none of this, so the flows that script it are skipped
/// there. An action that waits for a push answers once LinkedIn delivered it (or gave up).
/// </summary>
internal interface ILinkedInSide
{
    /// <summary>One line saying who plays LinkedIn.</summary>
    string Description { get; }

    /// <summary>Whether LinkedIn's side runs on a clock the flows move (embedded) or on real time (standalone).</summary>
    bool MovesClock { get; }

    /// <summary>LinkedIn takes minutes to process a job posting; an emulator can answer at once.</summary>
    Task SetJobPostingProcessingTimeAsync(TimeSpan processingTime, CancellationToken cancellationToken);

    /// <summary>The customer's admin signs in to the onboarding widget: the organization and contracts become theirs.</summary>
    Task<ConnectedAdmin> ConnectAdminAsync(string customerId, IReadOnlyList<ContractUrn>? contractUrns, CancellationToken cancellationToken);

    /// <summary>LinkedIn's admin enables the customer's integrations; answers once the status-change push completed.</summary>
    Task<LinkedInPush> EnableIntegrationsAsync(string customerId, AccessLevel level, ContractUrn? contractUrn, CancellationToken cancellationToken);

    /// <summary>A LinkedIn member.</summary>
    Task<EmulatedMember> AddMemberAsync(EmulatedMemberSetup setup, CancellationToken cancellationToken);

    /// <summary>A Recruiter seat on a customer's contract.</summary>
    Task<EmulatedSeat> AddSeatAsync(ContractUrn contractUrn, PersonUrn memberUrn, string firstName, string lastName, CancellationToken cancellationToken);

    /// <summary>The member signs in on LinkedIn's authorization page; answers where LinkedIn redirects the browser (with the code).</summary>
    Task<Uri> AuthorizeMemberAsync(string clientId, PersonUrn memberUrn, Uri redirectUri, string state, CancellationToken cancellationToken);

    /// <summary>A recruiter clicks "Export to ATS"; answers once the export push completed.</summary>
    Task<LinkedInPush> ExportCandidateAsync(string customerId, PersonUrn memberUrn, string externalJobPostingId, SeatUrn exporterSeatUrn, CancellationToken cancellationToken);

    /// <summary>A recruiter sends an InMail; answers the thread URN.</summary>
    Task<string> SendInMailAsync(SeatUrn seatUrn, PersonUrn memberUrn, string subject, string body, CancellationToken cancellationToken);

    /// <summary>The member answers, optionally sharing contact details (which makes a stub profile).</summary>
    Task ReplyToInMailAsync(string threadUrn, string body, bool shareContactDetails, string? emailAddress, CancellationToken cancellationToken);

    /// <summary>A recruiter writes a prospect note; answers its id.</summary>
    Task<long> WriteProspectNoteAsync(SeatUrn seatUrn, PersonUrn memberUrn, string note, CancellationToken cancellationToken);

    /// <summary>A recruiter edits a prospect note.</summary>
    Task EditProspectNoteAsync(long noteId, string note, CancellationToken cancellationToken);

    /// <summary>A recruiter deletes a prospect note.</summary>
    Task DeleteProspectNoteAsync(long noteId, CancellationToken cancellationToken);

    /// <summary>The member closes their LinkedIn profile.</summary>
    Task CloseMemberProfileAsync(PersonUrn memberUrn, CancellationToken cancellationToken);

    /// <summary>What LinkedIn holds of an organization's synced data.</summary>
    Task<SyncedOnLinkedIn> GetSyncedDataAsync(OrganizationUrn organizationUrn, CancellationToken cancellationToken);
}
