using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Internal;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Clients;

/// <summary><c>simpleJobPostings</c> (BATCH_CREATE) and <c>simpleJobPostingTasks</c> (BATCH_GET) for one customer.</summary>
internal sealed class JobsClient : SyncResourceClient, IJobsClient
{
    internal const string Resource = "simpleJobPostings";
    internal const string TaskResource = "simpleJobPostingTasks";

    public JobsClient(RestLiClient restLi, ICustomerClient owner, TimeProvider timeProvider)
        : base(restLi, owner)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
    }

    /// <summary>The clock task polling waits on (the one registered in DI).</summary>
    private TimeProvider TimeProvider { get; }

    public Task<BatchResult<string>> SubmitAsync(IEnumerable<AtsJobPosting> jobs, JobPostingOperation operation, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(operation))
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "Use Create, Update, Renew or Close.");
        }

        IReadOnlyList<AtsJobPosting> items = Materialize(jobs, nameof(jobs));
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            j => j.ExternalJobPostingId ?? string.Empty,
            "externalJobPostingId",
            ValidateEach(items, EntityValidator.Validate),
            _ => string.Empty,
            (_, batch, ct) => CreateAsync(batch, operation, organization, ct),
            cancellationToken);
    }

    public IAsyncEnumerable<JobPostingTask> ListTasksAsync(IEnumerable<string> taskIds, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> ids = Materialize(taskIds, nameof(taskIds));
        if (ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Task ids must not be empty; pass the ResourceId of each successful SubmitAsync result.", nameof(taskIds));
        }

        EnsureSyncAllowed();
        return ReadTasksAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyList<JobPostingTask>> WaitForTasksAsync(IEnumerable<string> taskIds, TimeSpan pollInterval, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> ids = Materialize(taskIds, nameof(taskIds));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        if (ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Task ids must not be empty; pass the ResourceId of each successful SubmitAsync result.", nameof(taskIds));
        }

        EnsureSyncAllowed();
        return PollTasksAsync(ids, pollInterval, timeout, cancellationToken);
    }

    internal static JsonObject ToJson(AtsJobPosting job, JobPostingOperation operation, string organization)
    {
        var json = new JsonObject
        {
            ["integrationContext"] = organization,
            ["externalJobPostingId"] = job.ExternalJobPostingId,
            ["jobPostingOperationType"] = OperationName(operation),
            ["title"] = job.Title,
            ["description"] = job.Description,
            ["companyApplyUrl"] = job.CompanyApplyUrl.AbsoluteUri,
            ["listedAt"] = EpochMilliseconds.ToEpochMilliseconds(job.ListedAt),
            ["state"] = job.State.Value,
            ["availability"] = job.Availability.Value,
        };
        Set(json, "location", string.IsNullOrWhiteSpace(job.Location) ? null : job.Location);
        Set(json, "countryCode", string.IsNullOrWhiteSpace(job.CountryCode) ? null : job.CountryCode.Trim());
        Set(json, "postalCode", string.IsNullOrWhiteSpace(job.PostalCode) ? null : job.PostalCode);
        return json;
    }

    internal static JobPostingTask? ReadTask(JsonElement entity, string requestedId)
    {
        string? status = JsonRead.String(entity, "status");
        if (string.IsNullOrWhiteSpace(status))
        {
            return null;
        }

        JsonElement? error = JsonRead.Object(entity, "error");
        return new JobPostingTask
        {
            TaskId = JsonRead.String(entity, "id") ?? requestedId,
            Status = new JobPostingTaskStatus(status),
            ExternalJobPostingId = JsonRead.String(entity, "externalJobPostingId"),
            ErrorCode = (error is { } e ? JsonRead.String(e, "errorCode") ?? JsonRead.String(e, "code") : null) ?? JsonRead.String(entity, "errorCode"),
            ErrorMessage = (error is { } m ? JsonRead.String(m, "message") : null) ?? JsonRead.String(entity, "errorMessage"),
        };
    }

    private static string OperationName(JobPostingOperation operation) => operation switch
    {
        JobPostingOperation.Update => "UPDATE",
        JobPostingOperation.Renew => "RENEW",
        JobPostingOperation.Close => "CLOSE",
        _ => "CREATE",
    };

    private async Task<IReadOnlyList<EntityResult<string>>> CreateAsync(IReadOnlyList<AtsJobPosting> batch, JobPostingOperation operation, string organization, CancellationToken cancellationToken)
    {
        RestLiRequest request = RestLiRequest.BatchCreate(Resource, batch.Select(j => ToJson(j, operation, organization)));
        RestLiResponse response = await RestLi.SendAsync(Scoped(request), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<RestLiCreateResult> created = response.ReadBatchCreateResults();
        var outcomes = new EntityResult<string>[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            RestLiCreateResult? r = i < created.Count ? created[i] : null;
            string? taskId = r?.Id is { Kind: RestLiValueKind.Primitive } id ? id.AsString() : null;
            outcomes[i] = r is null
                ? ToEntityResult(batch[i].ExternalJobPostingId, RestLiOutcome.Missing, null, null, response.RequestId)
                : ToEntityResult(batch[i].ExternalJobPostingId, r.Outcome, r.Status, r.Error, response.RequestId, taskId);
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<JobPostingTask>> PollTasksAsync(IReadOnlyList<string> ids, TimeSpan pollInterval, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, JobPostingTask>(StringComparer.Ordinal);
        var pending = new HashSet<string>(ids, StringComparer.Ordinal);
        DateTimeOffset deadline = TimeProvider.GetUtcNow() + timeout;
        while (pending.Count > 0 && deadline - TimeProvider.GetUtcNow() > TimeSpan.Zero)
        {
            TimeSpan left = deadline - TimeProvider.GetUtcNow();
            await Task.Delay(left < pollInterval ? left : pollInterval, TimeProvider, cancellationToken).ConfigureAwait(false);
            await foreach (JobPostingTask task in ReadTasksAsync([.. pending], cancellationToken).ConfigureAwait(false))
            {
                latest[task.TaskId] = task;
                if (task.IsFinal)
                {
                    pending.Remove(task.TaskId);
                }
            }
        }

        return [.. ids.Distinct(StringComparer.Ordinal).Where(latest.ContainsKey).Select(id => latest[id])];
    }

    private async IAsyncEnumerable<JobPostingTask> ReadTasksAsync(IReadOnlyList<string> ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (string[] chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxBatchSize))
        {
            RestLiRequest request = RestLiRequest.BatchGet(TaskResource, chunk.Select(RestLiValue.FromString));
            RestLiResponse response = await RestLi.SendAsync(Scoped(request), cancellationToken).ConfigureAwait(false);
            RestLiBatchResult result = response.ReadBatchResult();
            foreach (string id in chunk)
            {
                if (!result.TryGetResult(RestLiValue.FromString(id), out RestLiKeyResult? r) || r.Outcome == RestLiOutcome.Missing || r.Status == 404)
                {
                    continue;
                }

                if (r.Outcome == RestLiOutcome.Failed)
                {
                    throw LinkedInRscExceptionFactory.FromKeyFailure(
                        $"LinkedIn refused to read a job-posting task: {r.Error?.Message ?? "no reason given"}.", r.Status, r.Error, response.RequestId);
                }

                if (r.Entity is { } entity && ReadTask(entity, id) is { } task)
                {
                    yield return task;
                }
            }
        }
    }
}
