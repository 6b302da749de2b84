namespace LinkedInRsc.Exports;

/// <summary>A person's role on an ATS job's hiring team.</summary>
public enum HiringTeamRole
{
    /// <summary>A recruiter of the job: may export to it.</summary>
    Recruiter = 0,

    /// <summary>A hiring manager of the job: may export to it.</summary>
    HiringManager = 1,

    /// <summary>Any other role (interviewer, coordinator): may not export to it.</summary>
    Other = 2,
}
