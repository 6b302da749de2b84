namespace LinkedInRsc.Candidates;

/// <summary>What a recruiter sees for a synced candidate in the profile widget.</summary>
public enum MatchOutcome
{
    /// <summary>LinkedIn has no such candidate: sync it first.</summary>
    NotSynced = 0,

    /// <summary>No member matches: the recruiter may search and link one.</summary>
    NoMatch = 1,

    /// <summary>Members match by name only: the recruiter chooses one to link.</summary>
    PossibleMatches = 2,

    /// <summary>One member is the candidate (an attached member, or the same e-mail address): the widget shows the profile.</summary>
    ExactMatch = 3,
}
