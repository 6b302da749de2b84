namespace LinkedInRsc.Candidates;

/// <summary>A LinkedIn member LinkedIn matched to a synced candidate (an entry of <c>matchedMembers</c>).</summary>
/// <param name="Member">The member.</param>
/// <param name="MatchType">How LinkedIn matched them; empty when LinkedIn did not say.</param>
public sealed record MatchedMember(PersonUrn Member, MemberMatchType MatchType);
