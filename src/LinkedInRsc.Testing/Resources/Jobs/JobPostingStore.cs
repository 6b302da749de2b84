using System.Globalization;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Jobs;

/// <summary>
/// <c>simpleJobPostings</c> and <c>simpleJobPostingTasks</c>: BATCH_CREATE validates each element (bad ones get their
/// own 400) and queues a task per good one; a task stays <c>IN_PROGRESS</c> for <see cref="ProcessingTime"/> on the
/// emulator's clock, then applies its operation and becomes <c>SUCCEEDED</c> or <c>FAILED</c>.
/// </summary>
internal sealed class JobPostingStore : IEmulatorStore<JobPostingStore>
{
    public const string Listed = "LISTED";
    public const string Closed = "CLOSED";
    public const string Public = "PUBLIC";
    public const string PrivateToAts = "PRIVATE_TO_ATS_INTEGRATION";
    public const string TaskUrnPrefix = "urn:li:simpleJobPostingTask:";
    public const int MaxTitleLength = 200;

    private static readonly string[] Operations = ["CREATE", "UPDATE", "RENEW", "CLOSE"];

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, JobTask> _tasks = new(StringComparer.Ordinal);
    private readonly List<JobTask> _pending = [];
    private readonly Dictionary<JobKey, SyncedJob> _jobs = [];
    private long _nextTask = 1000;
    private long _nextJob = 3000;

    public JobPostingStore(TimeProvider time) => _time = time;

    public static JobPostingStore Create(EmulatorStores stores) => new(stores.Time);

    /// <summary>
    /// How long a task stays IN_PROGRESS. LinkedIn advises checking after 5 minutes; the emulator defaults to 1 second,
    /// so a first run with <c>SyncOptions.JobTaskPollInterval</c> of a second is quick.
    /// </summary>
    public TimeSpan ProcessingTime { get; set; } = DefaultProcessingTime;

    /// <summary>The emulator's default processing time of a job-posting task: 1 second.</summary>
    public static TimeSpan DefaultProcessingTime => TimeSpan.FromSeconds(1);

    /// <summary>How long LinkedIn keeps a task (30 days).</summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Validates each element; returns per element a 201 whose value is the task id, or the element's 4xx.</summary>
    public IReadOnlyList<StoreOutcome> BatchCreate(IReadOnlyList<JsonNode?> elements)
    {
        var outcomes = new List<StoreOutcome>(elements.Count);
        lock (_gate)
        {
            ProcessDue();
            var now = _time.GetUtcNow();
            foreach (var node in elements)
            {
                if (node is not JsonObject element)
                {
                    outcomes.Add(StoreOutcome.BadRequest("Each element must be a JSON object describing a job posting."));
                    continue;
                }

                var error = Validate(element, out var operation);
                if (error is not null)
                {
                    outcomes.Add(StoreOutcome.BadRequest(error));
                    continue;
                }

                var id = TaskUrnPrefix + (_nextTask++).ToString(CultureInfo.InvariantCulture);
                var task = new JobTask(id, operation, (JsonObject)element.DeepClone(), now, now + ProcessingTime);
                _tasks[id] = task;
                _pending.Add(task);
                outcomes.Add(StoreOutcome.Created(JsonValue.Create(id)));
            }
        }

        return outcomes;
    }

    /// <summary>The integration context (organization URN) of an element, if it has one; used by the tenancy check.</summary>
    public static string? IntegrationContextOf(JsonNode? element) =>
        element is JsonObject o && EntityRules.TryGetString(o, "integrationContext", out var ctx) ? ctx : null;

    /// <summary>A task's current JSON, or <see langword="null"/> when unknown or expired.</summary>
    public JsonObject? GetTask(string taskId)
    {
        lock (_gate)
        {
            ProcessDue();
            if (!_tasks.TryGetValue(taskId, out var task) || _time.GetUtcNow() - task.SubmittedAt > TaskRetention)
            {
                return null;
            }

            return task.ToJson();
        }
    }

    /// <summary>The integration context of a task (for tenancy checks), or null when unknown.</summary>
    public string? TaskIntegrationContext(string taskId)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(taskId, out var task) ? IntegrationContextOf(task.Body) : null;
        }
    }

    public SyncedJob? FindJob(string integrationContext, string externalJobPostingId)
    {
        lock (_gate)
        {
            ProcessDue();
            return _jobs.GetValueOrDefault(new JobKey(integrationContext, externalJobPostingId));
        }
    }

    public IReadOnlyList<SyncedJob> Jobs(string integrationContext)
    {
        lock (_gate)
        {
            ProcessDue();
            return _jobs.Values.Where(j => j.Key.IntegrationContext == integrationContext).OrderBy(j => j.Key.ExternalJobPostingId, StringComparer.Ordinal).ToList();
        }
    }

    private static string? Validate(JsonObject element, out string operation)
    {
        operation = "CREATE";
        if (element.TryGetPropertyValue("jobPostingOperationType", out var op) && op is not null)
        {
            if (!EntityRules.TryGetString(element, "jobPostingOperationType", out operation) || !Operations.Contains(operation, StringComparer.Ordinal))
            {
                operation = "CREATE";
                return "Field 'jobPostingOperationType' must be one of CREATE, UPDATE, RENEW, CLOSE.";
            }
        }

        var keyError = EntityRules.RequiredString(element, "integrationContext")
            ?? (EntityRules.TryGetString(element, "integrationContext", out var ctx) && EntityRules.IsUrn(ctx, EntityRules.OrganizationUrnPrefix)
                ? null
                : "Field 'integrationContext' must be an organization URN (urn:li:organization:{id}).")
            ?? EntityRules.RequiredString(element, "externalJobPostingId");
        if (keyError is not null || operation is "RENEW" or "CLOSE")
        {
            return keyError;
        }

        return EntityRules.First(
            EntityRules.RequiredString(element, "title", MaxTitleLength),
            EntityRules.RequiredString(element, "description"),
            LocationRule(element),
            EntityRules.RequiredString(element, "companyApplyUrl"),
            EntityRules.RequiredTimestamp(element, "listedAt"),
            EntityRules.OptionalEnum(element, "availability", Public, PrivateToAts),
            EntityRules.OptionalEnum(element, "state", Listed, Closed));
    }

    private static string? LocationRule(JsonObject element)
    {
        if (EntityRules.TryGetString(element, "location", out var location) && !string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        var hasCountry = EntityRules.TryGetString(element, "countryCode", out var country) && !string.IsNullOrWhiteSpace(country);
        var hasPostal = EntityRules.TryGetString(element, "postalCode", out var postal) && !string.IsNullOrWhiteSpace(postal);
        return hasCountry && hasPostal
            ? null
            : "Either field 'location' (\"CITY, STATE\" or \"CITY, COUNTRY\") or both 'countryCode' and 'postalCode' are required.";
    }

    private void ProcessDue()
    {
        var now = _time.GetUtcNow();
        var index = 0;
        while (index < _pending.Count)
        {
            var task = _pending[index];
            if (task.DueAt > now)
            {
                index++;
                continue;
            }

            _pending.RemoveAt(index);
            Apply(task, task.DueAt);
        }
    }

    private void Apply(JobTask task, DateTimeOffset at)
    {
        EntityRules.TryGetString(task.Body, "integrationContext", out var ctx);
        EntityRules.TryGetString(task.Body, "externalJobPostingId", out var externalId);
        var key = new JobKey(ctx, externalId);
        _jobs.TryGetValue(key, out var existing);
        switch (task.Operation)
        {
            case "CREATE" when existing is { IsListed: true }:
                task.Fail("JOB_ALREADY_EXISTS", $"A listed job with externalJobPostingId '{externalId}' already exists; send it with jobPostingOperationType UPDATE.");
                return;
            case "UPDATE" when existing is null:
                task.Fail("JOB_NOT_FOUND", $"No job with externalJobPostingId '{externalId}' exists; create it first.");
                return;
            case "UPDATE" when existing.IsListed && existing.Availability == Public && AvailabilityOf(task.Body, existing.Availability) == PrivateToAts:
                task.Fail("AVAILABILITY_CHANGE_NOT_ALLOWED", "A PUBLIC job cannot become PRIVATE_TO_ATS_INTEGRATION by UPDATE; close it and create it again.");
                return;
            case "RENEW" or "CLOSE" when existing is null:
                task.Fail("JOB_NOT_FOUND", $"No job with externalJobPostingId '{externalId}' exists.");
                return;
            case "RENEW" when !existing.IsListed:
                task.Fail("JOB_CLOSED", $"The job '{externalId}' is closed and cannot be renewed; create it again.");
                return;
        }

        SyncedJob job;
        if (task.Operation is "CREATE" or "UPDATE")
        {
            var state = EntityRules.TryGetString(task.Body, "state", out var s) ? s : Listed;
            var urn = existing?.JobPostingUrn ?? "urn:li:jobPosting:" + (_nextJob++).ToString(CultureInfo.InvariantCulture);
            job = new SyncedJob(key, urn, state, AvailabilityOf(task.Body, existing?.Availability ?? PrivateToAts), (JsonObject)task.Body.DeepClone(), at);
        }
        else
        {
            job = existing! with { State = task.Operation == "CLOSE" ? Closed : existing!.State, LastChangedAt = at };
        }

        _jobs[key] = job;
        task.Succeed(job.JobPostingUrn);
    }

    private static string AvailabilityOf(JsonObject body, string fallback) =>
        EntityRules.TryGetString(body, "availability", out var availability) ? availability : fallback;

    private sealed class JobTask(string id, string operation, JsonObject body, DateTimeOffset submittedAt, DateTimeOffset dueAt)
    {
        public string Id { get; } = id;

        public string Operation { get; } = operation;

        public JsonObject Body { get; } = body;

        public DateTimeOffset SubmittedAt { get; } = submittedAt;

        public DateTimeOffset DueAt { get; } = dueAt;

        public JobTaskStatus Status { get; private set; } = JobTaskStatus.InProgress;

        public string? JobPostingUrn { get; private set; }

        public string? ErrorCode { get; private set; }

        public string? ErrorMessage { get; private set; }

        public void Fail(string code, string message)
        {
            Status = JobTaskStatus.Failed;
            ErrorCode = code;
            ErrorMessage = message;
        }

        public void Succeed(string jobPostingUrn)
        {
            Status = JobTaskStatus.Succeeded;
            JobPostingUrn = jobPostingUrn;
        }

        public JsonObject ToJson()
        {
            var json = new JsonObject
            {
                ["id"] = Id,
                ["status"] = Status switch
                {
                    JobTaskStatus.Succeeded => "SUCCEEDED",
                    JobTaskStatus.Failed => "FAILED",
                    _ => "IN_PROGRESS",
                },
                ["jobPostingOperationType"] = Operation,
                ["integrationContext"] = IntegrationContextOf(Body),
                ["externalJobPostingId"] = Body["externalJobPostingId"]?.DeepClone(),
            };
            if (JobPostingUrn is not null)
            {
                json["jobPosting"] = JobPostingUrn;
            }

            if (ErrorCode is not null)
            {
                json["error"] = new JsonObject { ["errorCode"] = ErrorCode, ["message"] = ErrorMessage };
            }

            return json;
        }
    }
}
