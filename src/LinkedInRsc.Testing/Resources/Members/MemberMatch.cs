namespace LinkedInRsc.Testing.Resources.Members;

/// <summary>A member matched to a candidate.</summary>
internal sealed record MemberMatch(string PersonUrn, MemberMatchType Type);
