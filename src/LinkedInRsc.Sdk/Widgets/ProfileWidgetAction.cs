namespace LinkedInRsc.Widgets;

/// <summary>What the recruiter did in the profile widget.</summary>
public enum ProfileWidgetAction
{
    /// <summary>Linked a member to the candidate.</summary>
    Link = 0,

    /// <summary>Unlinked the member from the candidate.</summary>
    Unlink = 1,
}
