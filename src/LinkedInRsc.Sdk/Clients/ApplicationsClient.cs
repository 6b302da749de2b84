using System.Text.Json.Nodes;
using LinkedInRsc.Applications;
using LinkedInRsc.Customers;
using LinkedInRsc.RestLi;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Clients;

/// <summary><c>atsApplications</c> and its <c>stages</c>, <c>notes</c> and <c>interviewFeedback</c> for one customer.</summary>
internal sealed class ApplicationsClient(RestLiClient restLi, ICustomerClient owner) : SyncResourceClient(restLi, owner), IApplicationsClient
{
    internal const string Resource = "atsApplications";
    private const string IdField = "atsJobApplicationId";

    public Task<BatchResult<string>> UpsertAsync(IEnumerable<AtsApplication> applications, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<AtsApplication> items = Materialize(applications, nameof(applications));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            a => a.AtsJobApplicationId ?? string.Empty,
            IdField,
            ValidateEach(items, a => EntityValidator.Validate(a)),
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchUpdate(Resource, batch.Select(a => KeyValuePair.Create(RecordKey(IdField, a.AtsJobApplicationId, organization), ToJson(a)))),
                batch,
                a => a.AtsJobApplicationId,
                ct),
            cancellationToken);
    }

    public Task<BatchResult<string>> DeleteAsync(IEnumerable<string> atsJobApplicationIds, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> ids = Materialize(atsJobApplicationIds, nameof(atsJobApplicationIds));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            ids,
            id => id,
            IdField,
            ValidateEach(ids, ValidateId(IdField)),
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(RestLiRequest.BatchDelete(Resource, batch.Select(id => RecordKey(IdField, id, organization))), batch, id => id, ct),
            cancellationToken);
    }

    public Task<BatchResult<AtsChildKey>> UpsertStagesAsync(IEnumerable<AtsApplicationStage> stages, CancellationToken cancellationToken = default) =>
        UpsertPartAsync(stages, nameof(stages), "stages", "stageId", s => s.Key, EntityValidator.Validate, StageJson, cancellationToken);

    public Task<BatchResult<AtsChildKey>> DeleteStagesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default) =>
        DeletePartAsync(keys, "stages", "stageId", cancellationToken);

    public Task<BatchResult<AtsChildKey>> UpsertNotesAsync(IEnumerable<AtsApplicationNote> notes, CancellationToken cancellationToken = default) =>
        UpsertPartAsync(notes, nameof(notes), "notes", "noteId", n => n.Key, EntityValidator.Validate, n => NoteBody(n.AtsCreatedAt, n.Note, n.Author), cancellationToken);

    public Task<BatchResult<AtsChildKey>> DeleteNotesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default) =>
        DeletePartAsync(keys, "notes", "noteId", cancellationToken);

    public Task<BatchResult<AtsChildKey>> UpsertInterviewFeedbackAsync(IEnumerable<AtsInterviewFeedback> feedback, CancellationToken cancellationToken = default) =>
        UpsertPartAsync(feedback, nameof(feedback), "interviewFeedback", "feedbackId", f => f.Key, EntityValidator.Validate, FeedbackJson, cancellationToken);

    public Task<BatchResult<AtsChildKey>> DeleteInterviewFeedbackAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default) =>
        DeletePartAsync(keys, "interviewFeedback", "feedbackId", cancellationToken);

    internal static JsonObject ToJson(AtsApplication a)
    {
        var json = new JsonObject
        {
            ["atsCandidateId"] = a.AtsCandidateId,
            ["atsJobPostingId"] = a.AtsJobPostingId,
            ["atsJobPostingName"] = a.AtsJobPostingName,
            ["atsCreatedAt"] = EpochMilliseconds.ToEpochMilliseconds(a.AtsCreatedAt),
            ["atsLastModifiedAt"] = EpochMilliseconds.ToEpochMilliseconds(a.AtsLastModifiedAt),
            ["firstName"] = a.FirstName,
        };
        Set(json, "lastName", a.LastName);
        Set(json, "candidateEmail", a.CandidateEmail);
        Set(json, "source", a.Source);
        Set(json, "dispositionReason", a.DispositionReason);
        return json;
    }

    private static JsonObject StageJson(AtsApplicationStage stage) => new()
    {
        ["atsCreatedAt"] = EpochMilliseconds.ToEpochMilliseconds(stage.AtsCreatedAt),
        ["stage"] = stage.Stage,
    };

    private static JsonObject FeedbackJson(AtsInterviewFeedback feedback)
    {
        var json = new JsonObject
        {
            ["evaluations"] = new JsonArray([.. feedback.Evaluations.Select(e => (JsonNode?)new JsonObject { ["attribute"] = e.Attribute, ["result"] = e.Result })]),
        };
        SetTime(json, "atsCreatedAt", feedback.AtsCreatedAt);
        if (feedback.Interviewer is not null)
        {
            json["interviewer"] = Actor(feedback.Interviewer);
        }

        Set(json, "feedback", feedback.Feedback);
        Set(json, "interviewType", feedback.InterviewType?.Value);
        return json;
    }

    private Task<BatchResult<AtsChildKey>> UpsertPartAsync<T>(
        IEnumerable<T> records,
        string name,
        string part,
        string idField,
        Func<T, AtsChildKey> keyOf,
        Func<T, IReadOnlyList<ValidationError>> validate,
        Func<T, JsonObject> toJson,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<T> items = Materialize(records, name);
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            keyOf,
            idField,
            ValidateEach(items, validate),
            i => keyOf(i).ParentId,
            (applicationId, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchUpdate(PartPath(part), batch.Select(i => KeyValuePair.Create(RestLiValue.FromString(keyOf(i).Id), toJson(i))))
                    with
                { PathKeys = Parent(applicationId, organization) },
                batch,
                keyOf,
                ct),
            cancellationToken);
    }

    private Task<BatchResult<AtsChildKey>> DeletePartAsync(IEnumerable<AtsChildKey> keys, string part, string idField, CancellationToken cancellationToken)
    {
        IReadOnlyList<AtsChildKey> items = Materialize(keys, nameof(keys));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            k => k,
            idField,
            ValidateEach(items, ValidateChildKey(IdField, idField)),
            k => k.ParentId,
            (applicationId, batch, ct) => SendBatchAsync(
                RestLiRequest.BatchDelete(PartPath(part), batch.Select(k => RestLiValue.FromString(k.Id))) with { PathKeys = Parent(applicationId, organization) },
                batch,
                k => k,
                ct),
            cancellationToken);
    }

    private static string PartPath(string part) => Resource + "/{application}/" + part;

    private static Dictionary<string, RestLiValue> Parent(string applicationId, string organization) =>
        new(StringComparer.Ordinal) { ["application"] = RecordKey(IdField, applicationId, organization) };
}
