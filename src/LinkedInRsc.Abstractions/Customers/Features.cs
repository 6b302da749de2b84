namespace LinkedInRsc.Customers;

/// <summary>The features RSC offers, each gated by an access level.</summary>
[Flags]
public enum Features
{
    /// <summary>No feature.</summary>
    None = 0,

    /// <summary>1-click export from Recruiter into a job's Prospect stage (company level).</summary>
    OneClickExport = 1 << 0,

    /// <summary>In-ATS indicator in Recruiter, fed by the sync of jobs, candidates and applications (company level).</summary>
    InAtsIndicator = 1 << 1,

    /// <summary>The In-ATS profile widget and member linking (company level).</summary>
    ProfileWidget = 1 << 2,

    /// <summary>InMail history pulled into the ATS (contract level).</summary>
    InMailHistory = 1 << 3,

    /// <summary>Notes history pulled into the ATS (contract level).</summary>
    NotesHistory = 1 << 4,

    /// <summary>InMail stub profiles turned into candidates (contract level).</summary>
    InMailStubProfiles = 1 << 5,

    /// <summary>Reading the contract's Recruiter seat holders, e.g. to map ATS users to seats (contract level).</summary>
    RecruiterSeats = 1 << 6,

    /// <summary>Every company-level feature.</summary>
    CompanyLevel = OneClickExport | InAtsIndicator | ProfileWidget,

    /// <summary>Every contract-level feature (which includes the company-level ones).</summary>
    ContractLevel = CompanyLevel | InMailHistory | NotesHistory | InMailStubProfiles | RecruiterSeats,
}
