using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Acls;
using LinkedInRsc.Testing.Resources.Applications;
using LinkedInRsc.Testing.Resources.Jobs;

namespace LinkedInRsc.Testing.Resources.Http;

/// <summary>
/// The ATS → LinkedIn sync resources over HTTP: <c>simpleJobPostings</c>, <c>simpleJobPostingTasks</c>,
/// <c>atsCandidates</c> (+ <c>notes</c>), <c>atsApplications</c> (+ <c>stages</c>, <c>notes</c>,
/// <c>interviewFeedback</c>), <c>atsEntityAcls</c> and <c>atsEntityAclAssignees</c>. Every entity is checked for the
/// caller's tenancy and LinkedIn's rules and answered with its own status inside the batch response.
/// </summary>
internal sealed class SyncModule(EmulatorServices services) : IEmulatorModule
{
    private readonly ResourceState _state = ResourceHttp.StateOf(services);

    public void Register(EmulatorRouter router)
    {
        router.Map("simpleJobPostings", RestLiMethod.BatchCreate, CreateJobsAsync);
        router.Map("simpleJobPostingTasks", RestLiMethod.BatchGet, GetTasksAsync);
        router.Map("simpleJobPostingTasks", RestLiMethod.Get, GetTaskAsync);

        router.Map("atsCandidates", RestLiMethod.BatchUpdate, (c, _) => Batch(c, (ctx, e) => WithCandidate(ctx, e, k => _state.Candidates.Upsert(k, e.Value))));
        router.Map("atsCandidates", RestLiMethod.BatchPartialUpdate, (c, _) => Batch(c, (ctx, e) => WithCandidate(ctx, e, k => _state.Candidates.Patch(k, e.Value))));
        router.Map("atsCandidates", RestLiMethod.BatchDelete, (c, _) => Batch(c, (ctx, e) => WithCandidate(ctx, e, _state.Candidates.Delete)));
        router.Map("atsCandidates", RestLiMethod.BatchGet, (c, _) => BatchGet(c, (ctx, e) => WithCandidate(ctx, e, _state.Candidates.Get)));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchUpdate, (c, _) => Batch(c, (ctx, e) => WithCandidateNote(ctx, e, (k, id) => _state.Candidates.UpsertNote(k, id, e.Value))));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchDelete, (c, _) => Batch(c, (ctx, e) => WithCandidateNote(ctx, e, _state.Candidates.DeleteNote)));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchGet, (c, _) => BatchGet(c, (ctx, e) => WithCandidateNote(ctx, e, _state.Candidates.GetNote)));

        router.Map("atsApplications", RestLiMethod.BatchUpdate, (c, _) => Batch(c, (ctx, e) => WithApplication(ctx, e, k => _state.Applications.Upsert(k, e.Value))));
        router.Map("atsApplications", RestLiMethod.BatchDelete, (c, _) => Batch(c, (ctx, e) => WithApplication(ctx, e, _state.Applications.Delete)));
        router.Map("atsApplications", RestLiMethod.BatchGet, (c, _) => BatchGet(c, (ctx, e) => WithApplication(ctx, e, _state.Applications.Get)));
        foreach (var part in new[] { ApplicationPart.Stages, ApplicationPart.Notes, ApplicationPart.InterviewFeedback })
        {
            var name = ApplicationStore.PartName(part);
            router.Map("atsApplications", name, RestLiMethod.BatchUpdate, (c, _) => Batch(c, (ctx, e) => WithApplicationPart(ctx, e, (k, id) => _state.Applications.UpsertPart(k, part, id, e.Value))));
            router.Map("atsApplications", name, RestLiMethod.BatchDelete, (c, _) => Batch(c, (ctx, e) => WithApplicationPart(ctx, e, (k, id) => _state.Applications.DeletePart(k, part, id))));
            router.Map("atsApplications", name, RestLiMethod.BatchGet, (c, _) => BatchGet(c, (ctx, e) => WithApplicationPart(ctx, e, (k, id) => _state.Applications.GetPart(k, part, id))));
        }

        router.Map("atsEntityAcls", RestLiMethod.BatchUpdate, (c, _) => Batch(c, (ctx, e) => WithAcl(ctx, e, k => _state.Acls.UpsertAcl(k, e.Value))));
        router.Map("atsEntityAcls", RestLiMethod.BatchDelete, (c, _) => Batch(c, (ctx, e) => WithAcl(ctx, e, _state.Acls.DeleteAcl)));
        router.Map("atsEntityAcls", RestLiMethod.BatchGet, (c, _) => BatchGet(c, (ctx, e) => WithAcl(ctx, e, _state.Acls.GetAcl)));
        router.MapFinder("atsEntityAcls", "criteria", FindAclsAsync);
        router.Map("atsEntityAclAssignees", RestLiMethod.BatchUpdate, (c, _) => Batch(c, (ctx, e) => WithAssignee(ctx, e, k => _state.Acls.UpsertAssignee(k, e.Value))));
        router.Map("atsEntityAclAssignees", RestLiMethod.BatchDelete, (c, _) => Batch(c, (ctx, e) => WithAssignee(ctx, e, _state.Acls.DeleteAssignee)));
        router.MapFinder("atsEntityAclAssignees", "criteria", FindAssigneesAsync);
    }

    private static ValueTask<EmulatorResponse> Batch(RequestContext context, Func<RequestContext, BatchEntity, StoreOutcome> apply)
    {
        var response = new BatchResponseBuilder();
        foreach (var entity in context.GetBatchEntities())
        {
            var outcome = apply(context, entity);
            if (outcome.IsSuccess)
            {
                response.Success(entity.RawKey, outcome.Status);
            }
            else
            {
                response.Failure(entity.RawKey, ResourceHttp.ToError(outcome));
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    private static ValueTask<EmulatorResponse> BatchGet(RequestContext context, Func<RequestContext, BatchEntity, StoreOutcome> get)
    {
        var response = new BatchGetResponseBuilder();
        foreach (var entity in context.GetBatchEntities())
        {
            var outcome = get(context, entity);
            if (outcome.IsSuccess)
            {
                response.Found(entity.RawKey, outcome.Value ?? new JsonObject());
            }
            else
            {
                response.Failure(entity.RawKey, ResourceHttp.ToError(outcome));
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    /// <summary>Per-entity tenancy: the key's organization must be the caller's, with an enabled integration.</summary>
    private static StoreOutcome Tenant(RequestContext context, string? validationError, string integrationContext, Func<StoreOutcome> then)
    {
        if (validationError is not null)
        {
            return StoreOutcome.BadRequest(validationError);
        }

        var error = context.CheckOrganization(integrationContext);
        return error is null ? then() : new StoreOutcome(error.Status, error.Message);
    }

    private static StoreOutcome WithCandidate(RequestContext context, BatchEntity entity, Func<CandidateKey, StoreOutcome> then)
    {
        var key = ResourceHttp.CandidateKey(entity.Key, out var error);
        return key is null ? StoreOutcome.BadRequest(error!) : Tenant(context, key.Validate(), key.IntegrationContext, () => then(key));
    }

    private static StoreOutcome WithApplication(RequestContext context, BatchEntity entity, Func<ApplicationKey, StoreOutcome> then)
    {
        var key = ResourceHttp.ApplicationKey(entity.Key, out var error);
        return key is null ? StoreOutcome.BadRequest(error!) : Tenant(context, key.Validate(), key.IntegrationContext, () => then(key));
    }

    private static StoreOutcome WithAcl(RequestContext context, BatchEntity entity, Func<AclKey, StoreOutcome> then)
    {
        var key = ResourceHttp.AclKey(entity.Key, out var error);
        return key is null ? StoreOutcome.BadRequest(error!) : Tenant(context, key.Validate(), key.IntegrationContext, () => then(key));
    }

    private static StoreOutcome WithAssignee(RequestContext context, BatchEntity entity, Func<AclAssigneeKey, StoreOutcome> then)
    {
        var key = ResourceHttp.AclAssigneeKey(entity.Key, out var error);
        return key is null ? StoreOutcome.BadRequest(error!) : Tenant(context, key.Validate(), key.IntegrationContext, () => then(key));
    }

    private static StoreOutcome WithCandidateNote(RequestContext context, BatchEntity entity, Func<CandidateKey, string, StoreOutcome> then)
    {
        string? error = null;
        var parent = context.ParentKey is { } p ? ResourceHttp.CandidateKey(p, out error) : null;
        if (parent is null)
        {
            throw LinkedInError.BadRequest($"The path must name the candidate: atsCandidates/{{key}}/notes. {error}").AsException();
        }

        var id = ResourceHttp.SimpleKey(entity.Key);
        return Tenant(context, parent.Validate() ?? (id is null ? "Each note id must be a simple string." : null), parent.IntegrationContext, () => then(parent, id!));
    }

    private static StoreOutcome WithApplicationPart(RequestContext context, BatchEntity entity, Func<ApplicationKey, string, StoreOutcome> then)
    {
        string? error = null;
        var parent = context.ParentKey is { } p ? ResourceHttp.ApplicationKey(p, out error) : null;
        if (parent is null)
        {
            throw LinkedInError.BadRequest($"The path must name the application: atsApplications/{{key}}/{context.SubResource}. {error}").AsException();
        }

        var id = ResourceHttp.SimpleKey(entity.Key);
        return Tenant(context, parent.Validate() ?? (id is null ? "Each id must be a simple string." : null), parent.IntegrationContext, () => then(parent, id!));
    }

    private ValueTask<EmulatorResponse> CreateJobsAsync(RequestContext context, CancellationToken cancellationToken)
    {
        var elements = context.GetBatchElements();
        var outcomes = new StoreOutcome[elements.Count];
        var accepted = new List<(int Index, JsonNode? Element)>();
        for (var i = 0; i < elements.Count; i++)
        {
            var ctx = JobPostingStore.IntegrationContextOf(elements[i]);
            if (ctx is not null && context.CheckOrganization(ctx) is { } error)
            {
                outcomes[i] = new StoreOutcome(error.Status, error.Message);
            }
            else
            {
                accepted.Add((i, elements[i]));
            }
        }

        var created = _state.Jobs.BatchCreate(accepted.Select(a => a.Element).ToList());
        for (var i = 0; i < accepted.Count; i++)
        {
            outcomes[accepted[i].Index] = created[i];
        }

        var response = new BatchCreateResponseBuilder();
        foreach (var outcome in outcomes)
        {
            if (outcome.IsSuccess)
            {
                response.Created(outcome.Value!.GetValue<string>());
            }
            else
            {
                response.Failure(ResourceHttp.ToError(outcome));
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    private StoreOutcome Task(RequestContext context, RestLiValue key)
    {
        var id = ResourceHttp.SimpleKey(key);
        if (id is null)
        {
            return StoreOutcome.BadRequest("A task id must be a simple string (the id returned by simpleJobPostings).");
        }

        var owner = _state.Jobs.TaskIntegrationContext(id);
        var task = owner is null ? null : _state.Jobs.GetTask(id);
        if (task is null)
        {
            return StoreOutcome.NotFound($"No job posting task '{id}' exists (tasks are kept for 30 days).");
        }

        var error = context.CheckOrganization(owner, requireEnabled: false);
        return error is null ? StoreOutcome.Ok(task) : new StoreOutcome(error.Status, error.Message);
    }

    private ValueTask<EmulatorResponse> GetTasksAsync(RequestContext context, CancellationToken cancellationToken) =>
        BatchGet(context, (ctx, e) => Task(ctx, e.Key));

    private ValueTask<EmulatorResponse> GetTaskAsync(RequestContext context, CancellationToken cancellationToken)
    {
        var outcome = context.Key is { } key ? Task(context, key) : StoreOutcome.BadRequest("A task id is required.");
        return outcome.IsSuccess
            ? ValueTask.FromResult(EmulatorResponse.Ok(outcome.Value!))
            : throw ResourceHttp.ToError(outcome).AsException();
    }

    private ValueTask<EmulatorResponse> FindAclsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var integrationContext = context.RequireString("integrationContext");
        var dataProvider = context.RequireString("dataProvider");
        var entityId = context.RequireString("atsEntityId");
        var entityType = context.RequireString("atsEntityType");
        context.RequireOrganization(integrationContext);
        var (start, count) = context.GetPaging();
        var all = _state.Acls.FindAcls(integrationContext, dataProvider, entityId, entityType).Select(k => (JsonNode)AclStore.ToJson(k)).ToList();
        return CollectionResponse.Page(context, all, start, count);
    });

    private ValueTask<EmulatorResponse> FindAssigneesAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var integrationContext = context.RequireString("integrationContext");
        var dataProvider = context.RequireString("dataProvider");
        var assignee = context.RequireString("assignee");
        context.RequireOrganization(integrationContext);
        var (start, count) = context.GetPaging();
        var all = _state.Acls.FindAssignees(integrationContext, dataProvider, assignee).Select(k => (JsonNode)AclStore.ToJson(k)).ToList();
        return CollectionResponse.Page(context, all, start, count);
    });
}
