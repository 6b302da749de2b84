using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Jobs;

/// <summary>
/// <c>simpleJobPostings</c> (BATCH_CREATE: one task per valid element) and <c>simpleJobPostingTasks</c> (BATCH_GET,
/// GET), with the control endpoint <c>PUT /_emulator/jobPostingTasks/processingTime</c>.
/// </summary>
internal sealed class JobPostingsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly JobPostingStore _jobs = services.Stores.Get<JobPostingStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("simpleJobPostings", s => new JobPostingsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.Map("simpleJobPostings", RestLiMethod.BatchCreate, CreateJobsAsync);
        router.Map("simpleJobPostingTasks", RestLiMethod.BatchGet, GetTasksAsync);
        router.Map("simpleJobPostingTasks", RestLiMethod.Get, GetTaskAsync);
        router.MapControl("PUT", "jobPostingTasks/processingTime", SetProcessingTime);
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

        var created = _jobs.BatchCreate(accepted.Select(a => a.Element).ToList());
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

        var owner = _jobs.TaskIntegrationContext(id);
        var task = owner is null ? null : _jobs.GetTask(id);
        if (task is null)
        {
            return StoreOutcome.NotFound($"No job posting task '{id}' exists (tasks are kept for 30 days).");
        }

        var error = context.CheckOrganization(owner, requireEnabled: false);
        return error is null ? StoreOutcome.Ok(task) : new StoreOutcome(error.Status, error.Message);
    }

    private ValueTask<EmulatorResponse> GetTasksAsync(RequestContext context, CancellationToken cancellationToken) =>
        BatchHandlers.BatchGet(context, (ctx, e) => Task(ctx, e.Key));

    private ValueTask<EmulatorResponse> GetTaskAsync(RequestContext context, CancellationToken cancellationToken)
    {
        var outcome = context.Key is { } key ? Task(context, key) : StoreOutcome.BadRequest("A task id is required.");
        return outcome.IsSuccess
            ? ValueTask.FromResult(EmulatorResponse.Ok(outcome.Value!))
            : throw ResourceHttp.ToError(outcome).AsException();
    }

    private ValueTask<EmulatorResponse> SetProcessingTime(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(() =>
    {
        var ms = context.GetInt64("milliseconds") ?? throw LinkedInError.BadRequest("Property 'milliseconds' is required.").AsException();
        context.Emulator.SetJobPostingProcessingTime(TimeSpan.FromMilliseconds(ms));
        return System.Threading.Tasks.Task.FromResult(new JsonObject { ["milliseconds"] = ms });
    });
}
