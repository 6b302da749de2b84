namespace LinkedInRsc.Customers;

/// <summary>The RSC access level a customer's LinkedIn admin granted.</summary>
public enum AccessLevel
{
    /// <summary>Nothing is enabled yet.</summary>
    None = 0,

    /// <summary>Company level: 1-click export, In-ATS indicator, In-ATS profile widget.</summary>
    Company = 1,

    /// <summary>Contract level: everything of company level plus InMail history, notes history and InMail stub profiles.</summary>
    Contract = 2,
}
