namespace LinkedInRsc.Testing;

/// <summary>The access level a customer's LinkedIn admin grants when enabling RSC.</summary>
public enum RscAccessLevel
{
    /// <summary>
    /// Company level: <c>IN_ATS_INDICATOR</c>, <c>ONE_CLICK_EXPORT</c> and <c>PROFILE_PLUGIN</c> on the organization
    /// (sync, 1-click export, profile widget).
    /// </summary>
    Company,

    /// <summary>Contract level: everything of company level plus <c>CSA_API</c> on the contract (seats, InMail history, notes, stub profiles).</summary>
    Contract,
}
