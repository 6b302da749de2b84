using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;

namespace LinkedInRsc.Validation;

/// <summary>
/// The text fields of each synced record and the <see cref="TextRules"/> each keeps, in the order
/// <see cref="EntityValidator"/> reports them: one table per record, so a new field is one line.
/// </summary>
internal static class EntityTextFields
{
    public static readonly TextField<AtsJobPosting>[] Job =
    [
        new("externalJobPostingId", j => j.ExternalJobPostingId, TextKind.Id),
        new("title", j => j.Title, TextKind.Short),
        new("description", j => j.Description, TextKind.Long),
        new("companyApplyUrl", j => j.CompanyApplyUrl?.OriginalString, TextKind.Short),
        new("location", j => j.Location, TextKind.Short),
        new("countryCode", j => j.CountryCode, TextKind.Short),
        new("postalCode", j => j.PostalCode, TextKind.Short),
    ];

    /// <summary>The candidate's own texts after its id (checked first, with the id rules) and its web addresses.</summary>
    public static readonly TextField<AtsCandidate>[] Candidate =
    [
        new("firstName", c => c.FirstName, TextKind.Short),
        new("lastName", c => c.LastName, TextKind.Short),
        new("middleInitial", c => c.MiddleInitial, TextKind.Short),
        new("prefix", c => c.Prefix, TextKind.Short),
        new("suffix", c => c.Suffix, TextKind.Short),
        new("currentCompanyName", c => c.CurrentCompanyName, TextKind.Short),
        new("currentJobTitle", c => c.CurrentJobTitle, TextKind.Short),
    ];

    public static readonly TextField<PhoneNumber?>[] PhoneNumbers =
    [
        new("number", p => p?.Number, TextKind.Short),
        new("extension", p => p?.Extension, TextKind.Short),
    ];

    public static readonly TextField<Address?>[] Addresses =
    [
        new("line1", a => a?.Line1, TextKind.Short),
        new("city", a => a?.City, TextKind.Short),
        new("geographicArea", a => a?.GeographicArea, TextKind.Short),
        new("postalCode", a => a?.PostalCode, TextKind.Short),
    ];

    public static readonly TextField<AtsCandidateNote>[] CandidateNote =
    [
        new("atsCandidateId", n => n.AtsCandidateId, TextKind.Id),
        new("noteId", n => n.NoteId, TextKind.Id),
        new("note", n => n.Note, TextKind.Long),
    ];

    public static readonly TextField<AtsApplication>[] Application =
    [
        new("atsJobApplicationId", a => a.AtsJobApplicationId, TextKind.Id),
        new("atsCandidateId", a => a.AtsCandidateId, TextKind.Id),
        new("atsJobPostingId", a => a.AtsJobPostingId, TextKind.Id),
        new("atsJobPostingName", a => a.AtsJobPostingName, TextKind.Short),
        new("firstName", a => a.FirstName, TextKind.Short),
        new("lastName", a => a.LastName, TextKind.Short),
        new("source", a => a.Source, TextKind.Short),
        new("dispositionReason", a => a.DispositionReason, TextKind.Short),
    ];

    public static readonly TextField<AtsApplicationStage>[] Stage =
    [
        new("atsJobApplicationId", s => s.AtsJobApplicationId, TextKind.Id),
        new("stageId", s => s.StageId, TextKind.Id),
        new("stage", s => s.Stage, TextKind.Short),
    ];

    public static readonly TextField<AtsApplicationNote>[] ApplicationNote =
    [
        new("atsJobApplicationId", n => n.AtsJobApplicationId, TextKind.Id),
        new("noteId", n => n.NoteId, TextKind.Id),
        new("note", n => n.Note, TextKind.Long),
    ];

    public static readonly TextField<AtsInterviewFeedback>[] InterviewFeedback =
    [
        new("atsJobApplicationId", f => f.AtsJobApplicationId, TextKind.Id),
        new("feedbackId", f => f.FeedbackId, TextKind.Id),
        new("feedback", f => f.Feedback, TextKind.Long),
    ];
}
