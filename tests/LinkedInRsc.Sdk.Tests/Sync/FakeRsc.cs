using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>One request the fake received.</summary>
internal sealed record FakeCall(string Resource, DateTimeOffset At, IReadOnlyList<string> Keys);

/// <summary>
/// An in-memory LinkedIn behind the three capability-client interfaces: stores what it receives, counts how often
/// each record arrived, enforces 100 records per request and (optionally) a records-per-minute quota answered with 429,
/// and lets a test inject failures.
/// </summary>
internal sealed class FakeRsc : IJobsClient, ICandidatesClient, IApplicationsClient
{
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private int _taskSeq;

    public FakeRsc(TimeProvider time) => _time = time;

    /// <summary>Every request, in arrival order.</summary>
    public List<FakeCall> Calls { get; } = [];

    /// <summary>How many times each record (resource + key) arrived.</summary>
    public ConcurrentDictionary<string, int> Received { get; } = new();

    /// <summary>What is stored now (resource + key).</summary>
    public ConcurrentDictionary<string, object> Stored { get; } = new();

    /// <summary>Records per sliding 60 s allowed before answering 429 (like LinkedIn); null = no quota.</summary>
    public int? QuotaRecordsPerMinute { get; set; }

    /// <summary>How many 429s the quota produced.</summary>
    public int QuotaRejections { get; private set; }

    /// <summary>Called before each request with (resource, call index); may throw to simulate a crash or a whole-request error.</summary>
    public Func<string, int, Exception?>? BeforeCall { get; set; }

    /// <summary>Per-record answer override: (resource, key, attempt of that key) → status to answer, or null for success.</summary>
    public Func<string, string, int, HttpStatusCode?>? RecordStatus { get; set; }

    /// <summary>Final status of job tasks by job id; default SUCCEEDED.</summary>
    public Func<string, JobPostingTask, JobPostingTask>? TaskOutcome { get; set; }

    public Dictionary<string, string> TaskJobs { get; } = [];

    /// <summary>
    /// When set, the fake posts jobs as LinkedIn does: a CREATE of a job already posted fails its task with
    /// <c>JOB_ALREADY_EXISTS</c>, an UPDATE of one never posted with <c>JOB_NOT_FOUND</c> (decided when submitted).
    /// </summary>
    public bool PostsJobsOnce { get; set; }

    /// <summary>The jobs posted so far (with <see cref="PostsJobsOnce"/>).</summary>
    public HashSet<string> PostedJobs { get; } = new(StringComparer.Ordinal);

    private Dictionary<string, string> TaskErrors { get; } = [];

    public int CountOf(string resource) => Calls.Count(c => c.Resource == resource);

    /// <summary>The request id the fake answers call <paramref name="index"/> with.</summary>
    public static string RequestIdOf(int index) => "fake-request-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Task<BatchResult<string>> SubmitAsync(IEnumerable<AtsJobPosting> jobs, JobPostingOperation operation, CancellationToken cancellationToken = default)
    {
        var list = jobs.ToList();
        return Task.FromResult(Handle("jobs", list, j => j.ExternalJobPostingId, j => j.ExternalJobPostingId, (key, item) =>
        {
            string taskId = "task-" + Interlocked.Increment(ref _taskSeq);
            lock (_gate)
            {
                TaskJobs[taskId] = key;
                if (PostsJobsOnce)
                {
                    bool posted = PostedJobs.Contains(key);
                    if (operation == JobPostingOperation.Create && posted)
                    {
                        TaskErrors[taskId] = "JOB_ALREADY_EXISTS";
                    }
                    else if (operation != JobPostingOperation.Create && !posted)
                    {
                        TaskErrors[taskId] = "JOB_NOT_FOUND";
                    }
                    else
                    {
                        PostedJobs.Add(key);
                    }
                }
            }

            return taskId;
        }));
    }

    public async IAsyncEnumerable<JobPostingTask> ListTasksAsync(IEnumerable<string> taskIds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        foreach (string id in taskIds.ToList())
        {
            var task = TaskErrors.TryGetValue(id, out string? error)
                ? new JobPostingTask { TaskId = id, Status = JobPostingTaskStatus.Failed, ExternalJobPostingId = TaskJobs[id], ErrorCode = error, ErrorMessage = error }
                : new JobPostingTask { TaskId = id, Status = JobPostingTaskStatus.Succeeded, ExternalJobPostingId = TaskJobs[id] };
            yield return TaskOutcome?.Invoke(TaskJobs[id], task) ?? task;
        }
    }

    /// <summary>The engine follows tasks itself (with checkpoints); nothing here polls.</summary>
    public Task<IReadOnlyList<JobPostingTask>> WaitForTasksAsync(IEnumerable<string> taskIds, TimeSpan pollInterval, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The sync engine follows job-posting tasks itself; FakeRsc does not poll.");

    public Task<BatchResult<string>> UpsertAsync(IEnumerable<AtsCandidate> candidates, CancellationToken cancellationToken = default) =>
        Task.FromResult(Handle("candidates", candidates.ToList(), c => c.AtsCandidateId, c => c.AtsCandidateId));

    public Task<BatchResult<string>> DeleteAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(Handle("candidates.delete", atsCandidateIds.ToList(), c => c, c => c, remove: "candidates"));

    public Task<BatchResult<AtsChildKey>> UpsertNotesAsync(IEnumerable<AtsCandidateNote> notes, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("candidateNotes", notes.ToList(), n => n.Key));

    public Task<BatchResult<AtsChildKey>> DeleteNotesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("candidateNotes.delete", keys.ToList(), k => k));

    // Matching and linking are not part of a sync.
    Task<IReadOnlyList<CandidateMatch>> ICandidatesClient.GetMatchesAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task<BatchResult<string>> ICandidatesClient.LinkAsync(IEnumerable<MemberLink> links, CancellationToken cancellationToken) => throw new NotSupportedException();

    Task<BatchResult<string>> ICandidatesClient.UnlinkAsync(IEnumerable<string> atsCandidateIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<BatchResult<string>> UpsertAsync(IEnumerable<AtsApplication> applications, CancellationToken cancellationToken = default) =>
        Task.FromResult(Handle("applications", applications.ToList(), a => a.AtsJobApplicationId, a => a.AtsJobApplicationId));

    Task<BatchResult<string>> IApplicationsClient.DeleteAsync(IEnumerable<string> atsJobApplicationIds, CancellationToken cancellationToken) =>
        Task.FromResult(Handle("applications.delete", atsJobApplicationIds.ToList(), a => a, a => a, remove: "applications"));

    public Task<BatchResult<AtsChildKey>> UpsertStagesAsync(IEnumerable<AtsApplicationStage> stages, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("stages", stages.ToList(), s => s.Key));

    public Task<BatchResult<AtsChildKey>> DeleteStagesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("stages.delete", keys.ToList(), k => k));

    public Task<BatchResult<AtsChildKey>> UpsertNotesAsync(IEnumerable<AtsApplicationNote> notes, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("applicationNotes", notes.ToList(), n => n.Key));

    Task<BatchResult<AtsChildKey>> IApplicationsClient.DeleteNotesAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken) =>
        Task.FromResult(HandleChildren("applicationNotes.delete", keys.ToList(), k => k));

    public Task<BatchResult<AtsChildKey>> UpsertInterviewFeedbackAsync(IEnumerable<AtsInterviewFeedback> feedback, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("feedback", feedback.ToList(), f => f.Key));

    public Task<BatchResult<AtsChildKey>> DeleteInterviewFeedbackAsync(IEnumerable<AtsChildKey> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult(HandleChildren("feedback.delete", keys.ToList(), k => k));

    private BatchResult<AtsChildKey> HandleChildren<T>(string resource, List<T> items, Func<T, AtsChildKey> key)
    {
        if (items.Select(i => key(i).ParentId).Distinct().Count() > 1)
        {
            throw new AssertionException($"{resource}: one request must carry records of one parent only.");
        }

        return Handle(resource, items, key, i => key(i).ToString());
    }

    private BatchResult<TKey> Handle<T, TKey>(string resource, List<T> items, Func<T, TKey> keyOf, Func<T, string> text, Func<string, T, string?>? resourceId = null, string? remove = null)
        where TKey : notnull
    {
        if (items.Count is 0 or > 100)
        {
            throw new AssertionException($"{resource}: a request carried {items.Count} records; it must carry 1 to 100.");
        }

        DateTimeOffset now = _time.GetUtcNow();
        int index;
        lock (_gate)
        {
            index = Calls.Count;
            if (QuotaRecordsPerMinute is { } quota)
            {
                int recent = Calls.Where(c => c.At > now - TimeSpan.FromMinutes(1)).Sum(c => c.Keys.Count);
                if (recent + items.Count > quota)
                {
                    QuotaRejections++;
                    throw new LinkedInRscException("Too many requests.") { StatusCode = HttpStatusCode.TooManyRequests, IsTransient = true };
                }
            }

            if (BeforeCall?.Invoke(resource, index) is { } ex)
            {
                throw ex;
            }

            Calls.Add(new FakeCall(resource, now, items.Select(text).ToList()));
        }

        var results = new List<EntityResult<TKey>>(items.Count);
        foreach (T item in items)
        {
            string k = text(item);
            int attempt = Received.AddOrUpdate(resource + "|" + k, 1, (_, n) => n + 1);
            if (RecordStatus?.Invoke(resource, k, attempt) is { } status)
            {
                results.Add(EntityResult.Failure(keyOf(item), status, "refused by the fake", 100, requestId: RequestIdOf(index)));
                continue;
            }

            if (remove is not null)
            {
                Stored.TryRemove(remove + "|" + k, out _);
            }
            else
            {
                Stored[resource + "|" + k] = item!;
            }

            results.Add(EntityResult.Success(keyOf(item), resourceId?.Invoke(k, item)));
        }

        return new BatchResult<TKey>(results);
    }
}
