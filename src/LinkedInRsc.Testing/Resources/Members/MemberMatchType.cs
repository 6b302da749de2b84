namespace LinkedInRsc.Testing.Resources.Members;

/// <summary>How a member matched a synced candidate.</summary>
internal enum MemberMatchType
{
    /// <summary>Same e-mail address.</summary>
    Exact,

    /// <summary>Same first and last name only: a possible match for the recruiter to confirm.</summary>
    Possible,
}
