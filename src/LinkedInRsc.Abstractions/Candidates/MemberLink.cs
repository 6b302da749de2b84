namespace LinkedInRsc.Candidates;

/// <summary>A synced candidate and the LinkedIn member to attach to it (<c>manualMatchedMember</c>).</summary>
/// <param name="AtsCandidateId">The ATS's id of the candidate.</param>
/// <param name="Member">The member, e.g. from 1-click export or the profile widget's link callback.</param>
public sealed record MemberLink(string AtsCandidateId, PersonUrn Member);
