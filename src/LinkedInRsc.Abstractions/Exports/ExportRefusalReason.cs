namespace LinkedInRsc.Exports;

/// <summary>Why an export was not placed in the ATS.</summary>
public enum ExportRefusalReason
{
    /// <summary>The ATS has no job with the id LinkedIn named (or LinkedIn named none).</summary>
    JobNotFound = 0,

    /// <summary>The job exists but is not active (closed, filled, on hold).</summary>
    JobNotActive = 1,

    /// <summary>The job has no Prospect stage to place the candidate in.</summary>
    NoProspectStage = 2,

    /// <summary>The exporting recruiter is neither a recruiter nor a hiring manager of the job (or LinkedIn did not say who exported).</summary>
    ExporterNotOnHiringTeam = 3,

    /// <summary>The export is for another organization than the customer's, or LinkedIn refused it to this customer.</summary>
    NotForCustomer = 4,

    /// <summary>The host refused for a reason of its own (see the message).</summary>
    Other = 5,
}
