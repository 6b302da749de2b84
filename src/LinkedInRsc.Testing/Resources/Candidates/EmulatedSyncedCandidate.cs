namespace LinkedInRsc.Testing;

/// <summary>A synced candidate (ids only: no personal data).</summary>
/// <param name="AtsCandidateId">The ATS's candidate id.</param>
/// <param name="ManualMatchedMemberUrn">The member attached by partial update, if any.</param>
/// <param name="NoteCount">How many notes the candidate has.</param>
public sealed record EmulatedSyncedCandidate(string AtsCandidateId, PersonUrn? ManualMatchedMemberUrn, int NoteCount);
