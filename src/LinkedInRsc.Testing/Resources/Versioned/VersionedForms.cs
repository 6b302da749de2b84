using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources.Versioned;

/// <summary>
/// The versioned resources the emulator serves. Confirmed by LinkedIn's release notes and documentation:
/// <c>candidates</c> (renamed key and timestamps, no <c>dataProvider</c>, no partial update), <c>integrations</c> and
/// <c>atsApplications</c> (no <c>dataProvider</c>), <c>simpleJobPostings</c> and <c>simpleJobPostingTasks</c>
/// (unchanged). Inferred from partial copies of LinkedIn's pages (the same guesses the SDK makes when configured to use
/// them): the top-level notes, stages and feedback resources and the ACL resources.
/// </summary>
internal static class VersionedForms
{
    private static readonly Dictionary<string, string> None = new(StringComparer.Ordinal);

    private static readonly RestLiMethod[] Sync = [RestLiMethod.BatchUpdate, RestLiMethod.BatchGet, RestLiMethod.BatchDelete];

    public static IReadOnlyList<VersionedForm> All { get; } =
    [
        new("candidates", "atsCandidates", null, Sync, Renames(("atsCandidateId", "externalCandidateId")), Renames(("atsCreatedAt", "externalCreatedAt"), ("atsLastModifiedAt", "externalLastModifiedAt")), DataProviderRemoved: true),
        new("integrations", "atsIntegrations", null, [RestLiMethod.BatchPartialUpdate, RestLiMethod.BatchGet, RestLiMethod.Finder], None, None, DataProviderRemoved: true),
        new("atsApplications", "atsApplications", null, Sync, None, None, DataProviderRemoved: true),
        new("simpleJobPostings", "simpleJobPostings", null, [RestLiMethod.BatchCreate], None, None, DataProviderRemoved: false),
        new("simpleJobPostingTasks", "simpleJobPostingTasks", null, [RestLiMethod.BatchGet], None, None, DataProviderRemoved: false),
        new("candidateNotes", "atsCandidates", "notes", Sync, Renames(("atsCandidateId", "externalCandidateId")), None, DataProviderRemoved: true, ChildKeyField: "externalNoteId"),
        new("applicationStage", "atsApplications", "stages", Sync, Renames(("atsJobApplicationId", "jobApplicationId")), None, DataProviderRemoved: true, ChildKeyField: "jobApplicationStageId"),
        new("applicationNotes", "atsApplications", "notes", Sync, Renames(("atsJobApplicationId", "externalJobApplicationId")), None, DataProviderRemoved: true, ChildKeyField: "externalNoteId"),
        new("applicationInterviewFeedbacks", "atsApplications", "interviewFeedback", Sync, Renames(("atsJobApplicationId", "jobApplicationId")), None, DataProviderRemoved: true, ChildKeyField: "interviewFeedbackId"),
        new("entityAcls", "atsEntityAcls", null, [RestLiMethod.BatchUpdate, RestLiMethod.BatchDelete, RestLiMethod.Finder], Renames(("atsEntityAclId", "entityAclId"), ("atsEntityId", "entityId"), ("atsEntityType", "entityType")), None, DataProviderRemoved: false),
        new("entityAclAssignees", "atsEntityAclAssignees", null, [RestLiMethod.BatchUpdate, RestLiMethod.BatchDelete, RestLiMethod.Finder], Renames(("atsEntityAclId", "entityAclId"), ("atsEntityType", "entityType")), None, DataProviderRemoved: false),
    ];

    /// <summary>The form served at <c>/rest/{path}</c>, or null.</summary>
    public static VersionedForm? Find(string path) => All.FirstOrDefault(f => string.Equals(f.RestPath, path, StringComparison.Ordinal));

    private static Dictionary<string, string> Renames(params (string From, string To)[] renames) =>
        renames.ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
}
