using LinkedInRsc.RestLi;

namespace LinkedInRsc.Wire;

/// <summary>
/// Every resource the SDK calls, with its <c>/v2</c> form and what is known of its versioned form. Confirmed forms are
/// the ones LinkedIn's release notes list as migrated (candidates, integrations, applications) or its documentation and
/// own SDK call on <c>/rest</c> (job postings and their tasks); inferred forms come from partial copies of LinkedIn's
/// pages and are used only when configuration asks for them. <c>docs/versioned-api.md</c> shows this table to users.
/// </summary>
internal static class ResourceCatalog
{
    private static readonly Dictionary<string, string> None = new(StringComparer.Ordinal);

    /// <summary>The definitions; a request is matched to the first whose path (and methods) fit.</summary>
    public static IReadOnlyList<ResourceDefinition> All { get; } =
    [
        new("provisioning", "provisionedApplications", [], null),
        new("secretRotation", "developerApplicationsSecurity", [], null),
        new("integrationConfigurations", "atsIntegrations/{integration}/configurations", ["integrationContext", "integrationType", "tenantType", "dataProvider"], new(
            "integrationConfigurations", Confirmed: false, None, None, ChildKeyField: "configurationKey")),
        new("integrations", "atsIntegrations", ["integrationContext", "integrationType", "tenantType", "dataProvider"], new(
            "integrations", Confirmed: true, None, None)),
        new("jobPostings", "simpleJobPostings", [], new("simpleJobPostings", Confirmed: true, None, None)),
        new("jobPostingTasks", "simpleJobPostingTasks", [], new("simpleJobPostingTasks", Confirmed: true, None, None)),

        // rest/candidates has no BATCH_PARTIAL_UPDATE: linking a member (a partial update of manualMatchedMember) stays
        // on /v2/atsCandidates, the same record (docs/versioned-api.md, "Linking a member").
        new("candidateMemberLinks", "atsCandidates", ["atsCandidateId", "dataProvider", "integrationContext"], new(
            "candidates", Confirmed: false, Renames(("atsCandidateId", "externalCandidateId")), None), [RestLiMethod.BatchPartialUpdate]),
        new("candidates", "atsCandidates", ["atsCandidateId", "dataProvider", "integrationContext"], new(
            "candidates",
            Confirmed: true,
            Renames(("atsCandidateId", "externalCandidateId")),
            Renames(("atsCreatedAt", "externalCreatedAt"), ("atsLastModifiedAt", "externalLastModifiedAt")))),
        new("candidateNotes", "atsCandidates/{candidate}/notes", ["atsCandidateId", "dataProvider", "integrationContext"], new(
            "candidateNotes", Confirmed: false, Renames(("atsCandidateId", "externalCandidateId")), None, ChildKeyField: "externalNoteId")),
        new("applicationStages", "atsApplications/{application}/stages", ["atsJobApplicationId", "dataProvider", "integrationContext"], new(
            "applicationStage", Confirmed: false, Renames(("atsJobApplicationId", "jobApplicationId")), None, ChildKeyField: "jobApplicationStageId")),
        new("applicationNotes", "atsApplications/{application}/notes", ["atsJobApplicationId", "dataProvider", "integrationContext"], new(
            "applicationNotes", Confirmed: false, Renames(("atsJobApplicationId", "externalJobApplicationId")), None, ChildKeyField: "externalNoteId")),
        new("applicationInterviewFeedback", "atsApplications/{application}/interviewFeedback", ["atsJobApplicationId", "dataProvider", "integrationContext"], new(
            "applicationInterviewFeedbacks", Confirmed: false, Renames(("atsJobApplicationId", "jobApplicationId")), None, ChildKeyField: "interviewFeedbackId")),
        new("applications", "atsApplications", ["atsJobApplicationId", "dataProvider", "integrationContext"], new(
            "atsApplications", Confirmed: true, None, None)),
        new("entityAcls", "atsEntityAcls", ["atsEntityAclId", "dataProvider", "integrationContext", "atsEntityId", "atsEntityType"], new(
            "entityAcls",
            Confirmed: false,
            Renames(("atsEntityAclId", "entityAclId"), ("atsEntityId", "entityId"), ("atsEntityType", "entityType")),
            None,
            DataProviderInKeys: true)),
        new("entityAclAssignees", "atsEntityAclAssignees", ["atsEntityAclId", "dataProvider", "integrationContext", "assignee", "atsEntityType"], new(
            "entityAclAssignees",
            Confirmed: false,
            Renames(("atsEntityAclId", "entityAclId"), ("atsEntityType", "entityType")),
            None,
            DataProviderInKeys: true)),
        new("exportedCandidates", "exportedCandidates", [], new("exportedCandidates", Confirmed: false, None, None)),
        new("purgedCandidates", "atsPurgedExportedCandidates", [], new("atsPurgedExportedCandidates", Confirmed: false, None, None)),
        new("seats", "seatsV2", [], null),
        new("legacySeats", "seats", [], null),
        new("conversationEvents", "conversationEvents", [], null),
        new("prospectNotes", "prospectNotes", [], null),
        new("mailStubs", "mailStubs", [], null),
    ];

    /// <summary>The definition of a configured resource name, or <see langword="null"/>.</summary>
    public static ResourceDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, string> Renames(params (string From, string To)[] renames) =>
        renames.ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
}
