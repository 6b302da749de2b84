namespace LinkedInRsc.RecruiterActivity;

/// <summary>What the recruiter-activity poller reads; each seat has a checkpoint per stream.</summary>
public enum RecruiterActivityKind
{
    /// <summary>The seat holders of a contract (no checkpoint: read whole every round).</summary>
    Seats = 0,

    /// <summary>A seat's InMail history.</summary>
    InMails = 1,

    /// <summary>A seat's prospect notes.</summary>
    ProspectNotes = 2,

    /// <summary>The InMail stub profiles of a seat's InMails.</summary>
    MailStubs = 3,
}
