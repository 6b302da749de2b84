namespace LinkedInRsc.Testing;

/// <summary>What to seed for a LinkedIn member (see <see cref="EmulatorRecruiterActions.AddMemberAsync"/>).</summary>
public sealed record EmulatedMemberSetup
{
    /// <summary>The member's first name.</summary>
    public required string FirstName { get; init; }

    /// <summary>The member's last name.</summary>
    public required string LastName { get; init; }

    /// <summary>The member's e-mail addresses (X@X.X); synced candidates with one of them match the member exactly.</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>The id part of the person URN (<c>urn:li:person:{id}</c>); generated when null.</summary>
    public string? PersonId { get; init; }

    /// <summary>The profile headline, if any.</summary>
    public string? Headline { get; init; }

    /// <summary>The free-text location, if any.</summary>
    public string? Location { get; init; }

    /// <summary>Current employers' names.</summary>
    public IReadOnlyList<string> CurrentEmployerNames { get; init; } = [];

    /// <summary>Never shows personal data.</summary>
    /// <returns>A description without names or e-mail addresses.</returns>
    public override string ToString() => "EmulatedMemberSetup";
}

/// <summary>A LinkedIn member known to the emulator.</summary>
/// <param name="PersonUrn">The member's person URN, <c>urn:li:person:{id}</c>.</param>
/// <param name="ProfileUrl">The public profile URL.</param>
public sealed record EmulatedMember(string PersonUrn, string ProfileUrl)
{
    /// <summary>Never shows personal data.</summary>
    /// <returns>The person URN.</returns>
    public override string ToString() => $"Member {PersonUrn}";
}

/// <summary>A Recruiter seat of a customer's contract.</summary>
/// <param name="SeatUrn">The seat URN, <c>urn:li:seat:{id}</c> (a <c>viewer</c> or <c>owners</c> value).</param>
/// <param name="ContractUrn">The contract the seat belongs to.</param>
/// <param name="MemberUrn">The seat holder's person URN.</param>
/// <param name="State">ACTIVE, INACTIVE, INVITED or PARKED.</param>
public sealed record EmulatedSeat(string SeatUrn, string ContractUrn, string MemberUrn, string State);

/// <summary>A 1-Click Export of a member to a synced job, and the push announcing it.</summary>
/// <param name="RequestId">The request id the ATS passes to <c>exportedCandidates?q=request&amp;requestId=</c>.</param>
/// <param name="OrganizationUrn">The customer's organization (the export's <c>integrationContext</c>).</param>
/// <param name="MemberUrn">The exported member.</param>
/// <param name="ExternalJobPostingId">The job the recruiter chose.</param>
/// <param name="Push">The signed <c>EXPORT_CANDIDATE_PROFILE</c> push (delivered in the background).</param>
public sealed record EmulatedExport(string RequestId, string OrganizationUrn, string MemberUrn, string ExternalJobPostingId, EmulatorPush Push);

/// <summary>One InMail message (a recruiter's InMail or a member's reply).</summary>
/// <param name="ThreadUrn">The conversation thread, <c>urn:li:messagingThread:{id}</c>.</param>
/// <param name="MessageId">The message id (not unique on its own, as on LinkedIn).</param>
/// <param name="AuthorUrn">A seat URN for the recruiter, a person URN for the member.</param>
/// <param name="CreatedAt">When it was sent, on the emulator's clock.</param>
/// <param name="MailStubCreated">True when the member shared contact details, so a mail stub became retrievable.</param>
public sealed record EmulatedInMail(string ThreadUrn, string MessageId, string AuthorUrn, DateTimeOffset CreatedAt, bool MailStubCreated);

/// <summary>A recruiter's prospect note.</summary>
/// <param name="Id">The note id.</param>
/// <param name="ContractUrn">The contract of the owner's seat.</param>
/// <param name="OwnerSeatUrn">The seat that wrote it.</param>
/// <param name="MemberUrn">The prospect.</param>
/// <param name="LastModifiedAt">When it was last written, edited or deleted.</param>
/// <param name="IsActive">False once deleted (LinkedIn reports it with <c>"active": false</c>).</param>
public sealed record EmulatedProspectNote(long Id, string ContractUrn, string OwnerSeatUrn, string MemberUrn, DateTimeOffset LastModifiedAt, bool IsActive)
{
    /// <summary>Never shows the note's text.</summary>
    /// <returns>The note id and state.</returns>
    public override string ToString() => $"Prospect note {Id} ({(IsActive ? "active" : "deleted")})";
}

/// <summary>A job as LinkedIn holds it after its creation task succeeded.</summary>
/// <param name="ExternalJobPostingId">The ATS's job id.</param>
/// <param name="JobPostingUrn">LinkedIn's job posting URN.</param>
/// <param name="State">LISTED or CLOSED.</param>
/// <param name="Availability">PUBLIC or PRIVATE_TO_ATS_INTEGRATION.</param>
public sealed record EmulatedJobPosting(string ExternalJobPostingId, string JobPostingUrn, string State, string Availability);

/// <summary>A synced candidate (ids only: no personal data).</summary>
/// <param name="AtsCandidateId">The ATS's candidate id.</param>
/// <param name="ManualMatchedMemberUrn">The member attached by partial update, if any.</param>
/// <param name="NoteCount">How many notes the candidate has.</param>
public sealed record EmulatedSyncedCandidate(string AtsCandidateId, string? ManualMatchedMemberUrn, int NoteCount);

/// <summary>A synced application (ids and counts only).</summary>
/// <param name="AtsJobApplicationId">The ATS's application id.</param>
/// <param name="AtsJobPostingId">The job it applies to.</param>
/// <param name="StageCount">How many stage records it has.</param>
/// <param name="NoteCount">How many notes it has.</param>
/// <param name="InterviewFeedbackCount">How many interview-feedback records it has.</param>
public sealed record EmulatedSyncedApplication(string AtsJobApplicationId, string AtsJobPostingId, int StageCount, int NoteCount, int InterviewFeedbackCount);

/// <summary>What an organization has synced to the emulator so far, for assertions in tests.</summary>
/// <param name="OrganizationUrn">The organization.</param>
/// <param name="Jobs">Jobs whose creation task succeeded.</param>
/// <param name="Candidates">Synced candidates.</param>
/// <param name="Applications">Synced applications.</param>
public sealed record EmulatedSyncedData(string OrganizationUrn, IReadOnlyList<EmulatedJobPosting> Jobs, IReadOnlyList<EmulatedSyncedCandidate> Candidates, IReadOnlyList<EmulatedSyncedApplication> Applications);
