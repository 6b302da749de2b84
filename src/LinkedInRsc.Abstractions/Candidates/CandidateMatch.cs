namespace LinkedInRsc.Candidates;

/// <summary>
/// The LinkedIn members matched to one synced candidate, resolved to what a recruiter sees: an exact match (the member
/// attached with <c>manualMatchedMember</c>, else a member LinkedIn matched exactly, e.g. by e-mail address), else
/// possible matches to choose from, else no match.
/// </summary>
public sealed record CandidateMatch
{
    /// <summary>The ATS's id of the candidate.</summary>
    public required string AtsCandidateId { get; init; }

    /// <summary>The resolved outcome.</summary>
    public required MatchOutcome Outcome { get; init; }

    /// <summary>The member to show when <see cref="Outcome"/> is <see cref="MatchOutcome.ExactMatch"/>.</summary>
    public PersonUrn? Member { get; init; }

    /// <summary>The members to choose from when <see cref="Outcome"/> is <see cref="MatchOutcome.PossibleMatches"/>.</summary>
    public IReadOnlyList<PersonUrn> PossibleMembers { get; init; } = [];

    /// <summary>The member attached by the ATS or the widget (<c>manualMatchedMember</c>), if any.</summary>
    public PersonUrn? ManualMatchedMember { get; init; }

    /// <summary>LinkedIn's own matches (<c>matchedMembers</c>), as it reported them.</summary>
    public IReadOnlyList<MatchedMember> MatchedMembers { get; init; } = [];
}
