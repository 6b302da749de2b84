namespace LinkedInRsc.RecruiterActivity;

/// <summary>Who wrote an InMail message, read from the URN type of its author.</summary>
public enum InMailDirection
{
    /// <summary>The author is neither a seat nor a person URN (a shape LinkedIn has not shown).</summary>
    Unknown = 0,

    /// <summary>A recruiter's seat wrote it (the author is a seat URN).</summary>
    FromRecruiter = 1,

    /// <summary>The member wrote it, e.g. a reply (the author is a person URN).</summary>
    FromMember = 2,
}
