using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Candidates;
using LinkedInRsc.Testing.Resources.Jobs;

namespace LinkedInRsc.Testing.Resources.Applications;

/// <summary>
/// <c>atsApplications</c> and its <c>stages</c>, <c>notes</c> and <c>interviewFeedback</c> sub-resources. An
/// application's <c>atsJobPostingId</c> must equal the <c>externalJobPostingId</c> of a job synced for the
/// same organization; deleting an application removes its sub-resources.
/// </summary>
internal sealed class ApplicationStore(JobPostingStore jobs) : IEmulatorStore<ApplicationStore>
{
    public const string NotAvailableStage = "Not Available";

    private readonly object _gate = new();
    private readonly Dictionary<ApplicationKey, Stored> _applications = [];

    public static ApplicationStore Create(EmulatorStores stores) => new(stores.Get<JobPostingStore>());

    public static string PartName(ApplicationPart part) => part switch
    {
        ApplicationPart.Stages => "stages",
        ApplicationPart.Notes => "notes",
        _ => "interviewFeedback",
    };

    public StoreOutcome Upsert(ApplicationKey key, JsonNode? body)
    {
        var error = key.Validate();
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        if (body is not JsonObject entity)
        {
            return StoreOutcome.BadRequest("The application must be a JSON object.");
        }

        error = EntityRules.First(
            EntityRules.CreatedAndModified(entity),
            EntityRules.RequiredString(entity, "atsJobPostingId"),
            EntityRules.RequiredString(entity, "atsJobPostingName"),
            EntityRules.RequiredString(entity, "firstName"),
            EntityRules.OptionalString(entity, "lastName"),
            EntityRules.OptionalString(entity, "atsCandidateId"),
            EntityRules.OptionalEmail(entity, "candidateEmail"));
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        EntityRules.TryGetString(entity, "atsJobPostingId", out var jobId);
        if (jobs.FindJob(key.IntegrationContext, jobId) is null)
        {
            return StoreOutcome.BadRequest($"Field 'atsJobPostingId' ('{jobId}') must equal the externalJobPostingId of a job synced for {key.IntegrationContext}; sync the job first.");
        }

        lock (_gate)
        {
            _applications.TryGetValue(key, out var existing);
            _applications[key] = new Stored((JsonObject)entity.DeepClone(), existing?.Parts ?? NewParts());
            return StoreOutcome.NoContent;
        }
    }

    /// <summary>The synced applications of an organization: id, job id and how many stages, notes and feedback entries they have.</summary>
    public IReadOnlyList<(string Id, string JobId, int Stages, int Notes, int Feedback)> List(string integrationContext)
    {
        lock (_gate)
        {
            return _applications
                .Where(a => a.Key.IntegrationContext == integrationContext)
                .OrderBy(a => a.Key.AtsJobApplicationId, StringComparer.Ordinal)
                .Select(a => (
                    a.Key.AtsJobApplicationId,
                    EntityRules.TryGetString(a.Value.Body, "atsJobPostingId", out var job) ? job : string.Empty,
                    a.Value.Parts[ApplicationPart.Stages].Count,
                    a.Value.Parts[ApplicationPart.Notes].Count,
                    a.Value.Parts[ApplicationPart.InterviewFeedback].Count))
                .ToList();
        }
    }

    public StoreOutcome Get(ApplicationKey key)
    {
        lock (_gate)
        {
            return _applications.TryGetValue(key, out var stored)
                ? StoreOutcome.Ok(stored.Body.DeepClone())
                : NotFound(key);
        }
    }

    public StoreOutcome Delete(ApplicationKey key)
    {
        var error = key.Validate();
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        lock (_gate)
        {
            return _applications.Remove(key) ? StoreOutcome.NoContent : NotFound(key);
        }
    }

    public StoreOutcome UpsertPart(ApplicationKey application, ApplicationPart part, string id, JsonNode? body)
    {
        var error = application.Validate() ?? (string.IsNullOrWhiteSpace(id) ? $"An id is required for each of the application's {PartName(part)}." : null);
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        if (body is not JsonObject entity)
        {
            return StoreOutcome.BadRequest("Each entity must be a JSON object.");
        }

        error = part switch
        {
            ApplicationPart.Stages => StageRule(entity),
            ApplicationPart.Notes => NoteRules.Validate(entity),
            _ => FeedbackRule(entity),
        };
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        lock (_gate)
        {
            if (!_applications.TryGetValue(application, out var stored))
            {
                return StoreOutcome.NotFound($"No application '{application.AtsJobApplicationId}' was synced for {application.IntegrationContext}; sync the application before its {PartName(part)}.");
            }

            stored.Parts[part][id] = (JsonObject)entity.DeepClone();
            return StoreOutcome.NoContent;
        }
    }

    public StoreOutcome GetPart(ApplicationKey application, ApplicationPart part, string id)
    {
        lock (_gate)
        {
            if (!_applications.TryGetValue(application, out var stored))
            {
                return NotFound(application);
            }

            return stored.Parts[part].TryGetValue(id, out var entity)
                ? StoreOutcome.Ok(entity.DeepClone())
                : StoreOutcome.NotFound($"No {PartName(part)} entry '{id}' exists on application '{application.AtsJobApplicationId}'.");
        }
    }

    public StoreOutcome DeletePart(ApplicationKey application, ApplicationPart part, string id)
    {
        lock (_gate)
        {
            if (!_applications.TryGetValue(application, out var stored))
            {
                return NotFound(application);
            }

            return stored.Parts[part].Remove(id)
                ? StoreOutcome.NoContent
                : StoreOutcome.NotFound($"No {PartName(part)} entry '{id}' exists on application '{application.AtsJobApplicationId}'.");
        }
    }

    private static string? StageRule(JsonObject stage)
    {
        var error = EntityRules.RequiredTimestamp(stage, "atsCreatedAt") ?? EntityRules.RequiredString(stage, "stage");
        if (error is not null)
        {
            return error;
        }

        EntityRules.TryGetString(stage, "stage", out var text);
        return string.Equals(text.Trim(), NotAvailableStage, StringComparison.OrdinalIgnoreCase)
            ? $"Field 'stage' must name the stage the application entered; '{NotAvailableStage}' is not accepted."
            : null;
    }

    private static string? FeedbackRule(JsonObject feedback)
    {
        var error = EntityRules.First(
            EntityRules.OptionalTimestamp(feedback, "atsCreatedAt"),
            EntityRules.OptionalActor(feedback, "interviewer"),
            EntityRules.OptionalEnum(feedback, "interviewType", "PHONE_SCREEN", "ONSITE"),
            feedback.ContainsKey("feedback") && feedback["feedback"] is not null and not JsonValue ? "Field 'feedback' must be a string." : null);
        if (error is not null || !feedback.TryGetPropertyValue("evaluations", out var node) || node is null)
        {
            return error;
        }

        if (node is not JsonArray evaluations)
        {
            return "Field 'evaluations' must be an array of {\"attribute\",\"result\"} objects.";
        }

        for (var i = 0; i < evaluations.Count; i++)
        {
            if (evaluations[i] is not JsonObject evaluation
                || EntityRules.First(EntityRules.RequiredString(evaluation, "attribute"), EntityRules.RequiredString(evaluation, "result")) is { } e)
            {
                return $"Field 'evaluations[{i}]' must have non-empty 'attribute' and 'result' strings.";
            }
        }

        return null;
    }

    private static Dictionary<ApplicationPart, Dictionary<string, JsonObject>> NewParts() => new()
    {
        [ApplicationPart.Stages] = new(StringComparer.Ordinal),
        [ApplicationPart.Notes] = new(StringComparer.Ordinal),
        [ApplicationPart.InterviewFeedback] = new(StringComparer.Ordinal),
    };

    private static StoreOutcome NotFound(ApplicationKey key) =>
        StoreOutcome.NotFound($"No application '{key.AtsJobApplicationId}' was synced for {key.IntegrationContext}.");

    private sealed record Stored(JsonObject Body, Dictionary<ApplicationPart, Dictionary<string, JsonObject>> Parts);
}
