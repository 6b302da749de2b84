using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.Validation;
using Polly;
using Polly.Retry;

namespace LinkedInRsc.Sync;

/// <summary>
/// Syncs one customer's ATS data to LinkedIn: jobs (followed to their posting tasks' final status), then candidates with their notes and applications (with stage
/// history, notes and interview feedback); and deletes candidates and applications. It validates every record before
/// sending, drops prospect-only candidates and applications, sends in chunks of at most 100 within the customer
/// application's quotas, retries transient failures with backoff (waiting out a 429), checkpoints after every
/// acknowledged batch, and returns a report in which every input record is synced, skipped or failed with a reason.
/// </summary>
/// <remarks>
/// <para>Top-level batches are sent one after another (LinkedIn asks for sequential order); the requests for records
/// under candidates and applications run with bounded concurrency. A run that is killed or cancelled resumes, when
/// started again with the same <see cref="SyncRequest.SyncId"/> and the same input order, after the last
/// acknowledged batch: at most the batch in flight is sent twice (upserts are idempotent on LinkedIn).</para>
/// <para>Telemetry: the <c>LinkedInRsc</c> meter (<c>linkedinrsc.sync.records</c>, <c>linkedinrsc.sync.batches</c>,
/// <c>linkedinrsc.sync.rate_limit_waits</c>) and activity source (<c>linkedinrsc.sync</c>, <c>linkedinrsc.sync.batch</c>).</para>
/// </remarks>
public sealed class SyncEngine : ISyncEngine, IDisposable
{
    private readonly string _customerId;
    private readonly IJobsClient _jobs;
    private readonly ICandidatesClient _candidates;
    private readonly IApplicationsClient _applications;
    private readonly SyncOptions _options;
    private readonly ISyncCheckpointStore _checkpoints;
    private readonly SyncRateLimiter _limiter;
    private readonly bool _ownsLimiter;
    private readonly TimeProvider _time;

    /// <summary>Creates an engine for one customer.</summary>
    /// <param name="customerId">The customer (the checkpoint namespace).</param>
    /// <param name="jobs">The customer's jobs client.</param>
    /// <param name="candidates">The customer's candidates client.</param>
    /// <param name="applications">The customer's applications client.</param>
    /// <param name="options">Batching, retry and filter settings; defaults when <see langword="null"/>.</param>
    /// <param name="checkpoints">Where checkpoints go; in memory when <see langword="null"/>.</param>
    /// <param name="rateLimiter">
    /// The customer application's quota limiter, shared with its other syncs; when <see langword="null"/> the engine
    /// creates one with LinkedIn's quotas and disposes it with itself.
    /// </param>
    /// <param name="timeProvider">The clock for waits and timestamps; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public SyncEngine(
        string customerId,
        IJobsClient jobs,
        ICandidatesClient candidates,
        IApplicationsClient applications,
        SyncOptions? options = null,
        ISyncCheckpointStore? checkpoints = null,
        SyncRateLimiter? rateLimiter = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(applications);
        _options = options ?? new SyncOptions();
        _options.Validate();
        _customerId = customerId;
        _jobs = jobs;
        _candidates = candidates;
        _applications = applications;
        _checkpoints = checkpoints ?? new InMemorySyncCheckpointStore();
        _time = timeProvider ?? TimeProvider.System;
        _ownsLimiter = rateLimiter is null;
        _limiter = rateLimiter ?? new SyncRateLimiter(null, _time);
        if (_limiter.RecordsPerMinute < _options.BatchSize)
        {
            throw new ArgumentException("The rate limiter's RecordsPerMinute must be at least the BatchSize.", nameof(rateLimiter));
        }
    }

    /// <inheritdoc />
    public async Task<SyncReport> SyncAsync(SyncRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SyncId, nameof(request));
        using Activity? activity = SyncTelemetry.Source.StartActivity("linkedinrsc.sync");
        activity?.SetTag("linkedinrsc.sync.operation", "sync");
        var run = new Run(request.SyncId, _time.GetUtcNow(), progress);
        SyncCheckpoint? checkpoint = await _checkpoints.GetAsync(_customerId, request.SyncId, cancellationToken).ConfigureAwait(false);
        run.Resumed = checkpoint is not null;

        if (request.Jobs is not null)
        {
            run.HasJobStream = true;
            if (checkpoint is { Stage: SyncStage.Jobs })
            {
                run.LastCheckpoint = checkpoint;
                // The interrupted run had submitted these jobs but not seen their tasks final: follow them now.
                foreach ((string taskId, string jobId) in checkpoint.PendingJobTasks)
                {
                    run.PendingJobTasks[taskId] = jobId;
                    run.ResumedPendingJobs.Add(jobId);
                }
            }

            await ProcessStreamAsync(run, SyncStage.Jobs, checkpoint, request.Jobs, j => j.Job?.ExternalJobPostingId, CoverJob, ProcessJobsAsync, cancellationToken).ConfigureAwait(false);

            // Applications name their job: wait until LinkedIn has posted the jobs (or refused them) before sending any.
            await FollowJobTasksAsync(run, cancellationToken).ConfigureAwait(false);
        }

        if (request.Candidates is not null)
        {
            await ProcessStreamAsync(run, SyncStage.Candidates, checkpoint, request.Candidates, c => c.Candidate?.AtsCandidateId, CoverCandidate, ProcessCandidatesAsync, cancellationToken).ConfigureAwait(false);
        }

        return await CompleteAsync(run, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<SyncReport> DeleteAsync(DeletionRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SyncId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Deletions, nameof(request));
        using Activity? activity = SyncTelemetry.Source.StartActivity("linkedinrsc.sync");
        activity?.SetTag("linkedinrsc.sync.operation", "delete");
        var run = new Run(request.SyncId, _time.GetUtcNow(), progress);
        SyncCheckpoint? checkpoint = await _checkpoints.GetAsync(_customerId, request.SyncId, cancellationToken).ConfigureAwait(false);
        run.Resumed = checkpoint is not null;
        await ProcessStreamAsync(
            run,
            SyncStage.Deletions,
            checkpoint,
            request.Deletions,
            d => d is null ? null : d.Kind + ":" + d.Id,
            (r, d) => r.Tally.Skipped(KindOf(d.Kind), d.Id ?? string.Empty, SyncReason.CoveredByCheckpoint),
            ProcessDeletionsAsync,
            cancellationToken).ConfigureAwait(false);
        return await CompleteAsync(run, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsLimiter)
        {
            _limiter.Dispose();
        }
    }

    private static SyncEntityKind KindOf(DeletionKind kind) =>
        kind == DeletionKind.Application ? SyncEntityKind.ApplicationDeletion : SyncEntityKind.CandidateDeletion;

    private static async IAsyncEnumerable<List<T>> ChunkAsync<T>(IAsyncEnumerable<T> source, int size, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<T>(size);
        await foreach (T item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunk.Add(item);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<T>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private async Task<SyncReport> CompleteAsync(Run run, Activity? activity, CancellationToken cancellationToken)
    {
        await _checkpoints.DeleteAsync(_customerId, run.SyncId, cancellationToken).ConfigureAwait(false);
        SyncReport report = run.Tally.ToReport(_customerId, run.SyncId, run.StartedAt, _time.GetUtcNow(), run.Resumed);
        activity?.SetTag("linkedinrsc.sync.synced", report.Totals.Synced);
        activity?.SetTag("linkedinrsc.sync.skipped", report.Totals.Skipped);
        activity?.SetTag("linkedinrsc.sync.failed", report.Totals.Failed);
        return report;
    }

    private async Task ProcessStreamAsync<T>(
        Run run,
        SyncStage stage,
        SyncCheckpoint? checkpoint,
        IAsyncEnumerable<T> stream,
        Func<T, string?> keyOf,
        Action<Run, T> cover,
        Func<Run, List<T>, CancellationToken, Task> process,
        CancellationToken cancellationToken)
    {
        long skip = checkpoint is null || checkpoint.Stage < stage ? 0 : checkpoint.Stage == stage ? checkpoint.Position : long.MaxValue;
        long position = 0;
        await foreach (List<T> chunk in ChunkAsync(stream, _options.BatchSize, cancellationToken).ConfigureAwait(false))
        {
            var fresh = new List<T>(chunk.Count);
            foreach (T item in chunk)
            {
                if (position < skip)
                {
                    if (position == skip - 1 && checkpoint!.Stage == stage && checkpoint.LastKey is not null && !string.Equals(keyOf(item), checkpoint.LastKey, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException(
                            $"The {stage} input of sync '{run.SyncId}' is not in the order of the interrupted run it resumes (the item at the checkpoint differs). " +
                            "Hand in the same input in the same order, or delete the checkpoint to start the sync over.");
                    }

                    cover(run, item);
                }
                else
                {
                    fresh.Add(item);
                }

                position++;
            }

            if (fresh.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using (Activity? batch = SyncTelemetry.Source.StartActivity("linkedinrsc.sync.batch"))
                {
                    batch?.SetTag("linkedinrsc.sync.stage", stage.ToString());
                    batch?.SetTag("linkedinrsc.sync.batch.size", fresh.Count);
                    await process(run, fresh, cancellationToken).ConfigureAwait(false);
                }

                run.LastCheckpoint = new SyncCheckpoint
                {
                    Stage = stage,
                    Position = position,
                    LastKey = keyOf(chunk[^1]),
                    UpdatedAt = _time.GetUtcNow(),
                    PendingJobTasks = stage == SyncStage.Jobs ? new Dictionary<string, string>(run.PendingJobTasks, StringComparer.Ordinal) : new Dictionary<string, string>(),
                };
                await _checkpoints.SaveAsync(_customerId, run.SyncId, run.LastCheckpoint, cancellationToken).ConfigureAwait(false);
            }

            run.Report(stage, position, _time.GetUtcNow());
        }
    }

    private void CoverJob(Run run, JobRecord record)
    {
        // A job whose task the interrupted run was still following is reported when its task is final, not here.
        if (!run.ResumedPendingJobs.Contains(record.Job.ExternalJobPostingId))
        {
            run.Tally.Skipped(SyncEntityKind.Job, record.Job.ExternalJobPostingId, SyncReason.CoveredByCheckpoint);
        }

        run.KnownJobs.Add(record.Job.ExternalJobPostingId);
    }

    private void CoverCandidate(Run run, CandidateRecord record) => TallyTree(run, record, SyncOutcome.Skipped, SyncReason.CoveredByCheckpoint);

    private async Task ProcessJobsAsync(Run run, List<JobRecord> records, CancellationToken cancellationToken)
    {
        foreach (IGrouping<JobPostingOperation, JobRecord> group in records.GroupBy(r => r.Operation))
        {
            List<AtsJobPosting> jobs = group.Select(r => r.Job).ToList();
            List<AtsJobPosting> synced = await SyncBatchAsync(
                run,
                SyncEntityKind.Job,
                jobs,
                j => j.ExternalJobPostingId,
                j => j.ExternalJobPostingId,
                EntityValidator.Validate,
                (batch, ct) => _jobs.SubmitAsync(batch, group.Key, ct),
                (job, result) =>
                {
                    run.KnownJobs.Add(job.ExternalJobPostingId);
                    if (_options.FollowJobTasks && result.ResourceId is { } taskId)
                    {
                        run.PendingJobTasks[taskId] = job.ExternalJobPostingId;
                        return false;
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
            _ = synced;
        }
    }

    private async Task ProcessCandidatesAsync(Run run, List<CandidateRecord> records, CancellationToken cancellationToken)
    {
        // 1. Prospect rule, then the candidates themselves.
        var eligible = new List<CandidateRecord>(records.Count);
        foreach (CandidateRecord record in records)
        {
            if (_options.IsProspectOnlyCandidate?.Invoke(record) ?? record.Applications.All(_options.IsProspectOnly))
            {
                TallyTree(run, record, SyncOutcome.Skipped, SyncReason.ProspectOnly);
            }
            else
            {
                eligible.Add(record);
            }
        }

        // By instance, not by id: a candidate id twice in one batch must not lend one record's children to the other.
        var byId = new Dictionary<AtsCandidate, CandidateRecord>(ReferenceEqualityComparer.Instance);
        foreach (CandidateRecord r in eligible)
        {
            byId[r.Candidate] = r;
        }

        List<AtsCandidate> syncedCandidates = await SyncBatchAsync(
            run,
            SyncEntityKind.Candidate,
            eligible.Select(r => r.Candidate).ToList(),
            c => c.AtsCandidateId,
            c => c.AtsCandidateId,
            EntityValidator.Validate,
            _candidates.UpsertAsync,
            null,
            cancellationToken,
            onNotSynced: c => TallyChildren(run, byId[c], SyncReason.ParentNotSynced)).ConfigureAwait(false);

        // 2. Applications of synced candidates (prospect-only ones skipped), in chunks.
        var children = new List<Func<CancellationToken, Task>>();
        var applications = new List<ApplicationRecord>();
        foreach (AtsCandidate candidate in syncedCandidates)
        {
            CandidateRecord record = byId[candidate];
            foreach (IGrouping<string, AtsCandidateNote> notes in record.Notes.GroupBy(n => n.AtsCandidateId ?? string.Empty, StringComparer.Ordinal))
            {
                List<AtsCandidateNote> list = notes.ToList();
                children.Add(ct => SyncChildrenAsync(run, SyncEntityKind.CandidateNote, list, n => n.Key, EntityValidator.Validate, _candidates.UpsertNotesAsync, ct));
            }

            foreach (ApplicationRecord application in record.Applications)
            {
                if (_options.IsProspectOnly(application))
                {
                    TallyApplicationTree(run, application, SyncOutcome.Skipped, SyncReason.ProspectOnly);
                }
                else if (run.FailedJobs.Contains(application.Application.AtsJobPostingId ?? string.Empty))
                {
                    // LinkedIn refused its job in this run: say so rather than "invalid".
                    run.Tally.Failed(SyncEntityKind.Application, application.Application.AtsJobApplicationId ?? string.Empty, SyncReason.ParentNotSynced, "atsJobPostingId", "Not sent: LinkedIn did not post its job in this sync (see the job's issue).");
                    TallyApplicationChildren(run, application, SyncReason.ParentNotSynced);
                }
                else
                {
                    applications.Add(application);
                }
            }
        }

        var appById = new Dictionary<AtsApplication, ApplicationRecord>(ReferenceEqualityComparer.Instance);
        foreach (ApplicationRecord a in applications)
        {
            appById[a.Application] = a;
        }

        Func<string, bool>? isSyncedJob = run.HasJobStream ? run.KnownJobs.Contains : null;
        foreach (ApplicationRecord[] chunk in applications.Chunk(_options.BatchSize))
        {
            List<AtsApplication> synced = await SyncBatchAsync(
                run,
                SyncEntityKind.Application,
                chunk.Select(a => a.Application).ToList(),
                a => a.AtsJobApplicationId,
                a => a.AtsJobApplicationId,
                a => EntityValidator.Validate(a, isSyncedJob),
                _applications.UpsertAsync,
                null,
                cancellationToken,
                onNotSynced: a => TallyApplicationChildren(run, appById[a], SyncReason.ParentNotSynced)).ConfigureAwait(false);

            foreach (AtsApplication application in synced)
            {
                ApplicationRecord record = appById[application];
                AddGroups(children, record.Stages, s => s.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.ApplicationStage, list, s => s.Key, EntityValidator.Validate, _applications.UpsertStagesAsync, ct));
                AddGroups(children, record.Notes, n => n.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.ApplicationNote, list, n => n.Key, EntityValidator.Validate, _applications.UpsertNotesAsync, ct));
                AddGroups(children, record.InterviewFeedback, f => f.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.InterviewFeedback, list, f => f.Key, EntityValidator.Validate, _applications.UpsertInterviewFeedbackAsync, ct));
            }
        }

        // 3. Records under candidates and applications: one request per parent (and per 100), bounded concurrency.
        await Parallel.ForEachAsync(
            children,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken },
            async (work, ct) => await work(ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private void AddGroups<T>(List<Func<CancellationToken, Task>> work, IReadOnlyList<T> items, Func<T, string?> parentOf, Func<List<T>, Func<CancellationToken, Task>> make)
    {
        foreach (IGrouping<string, T> group in items.GroupBy(i => parentOf(i) ?? string.Empty, StringComparer.Ordinal))
        {
            foreach (T[] chunk in group.Chunk(_options.BatchSize))
            {
                work.Add(make([.. chunk]));
            }
        }
    }

    private async Task SyncChildrenAsync<T>(
        Run run,
        SyncEntityKind kind,
        List<T> items,
        Func<T, AtsChildKey> keyOf,
        Func<T, IReadOnlyList<ValidationError>> validate,
        Func<IEnumerable<T>, CancellationToken, Task<BatchResult<AtsChildKey>>> send,
        CancellationToken cancellationToken)
    {
        foreach (T[] chunk in items.Chunk(_options.BatchSize))
        {
            await SyncBatchAsync(run, kind, chunk, keyOf, i => keyOf(i).ToString(), validate, send, null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ProcessDeletionsAsync(Run run, List<Deletion> deletions, CancellationToken cancellationToken)
    {
        foreach (IGrouping<DeletionKind, Deletion> group in deletions.GroupBy(d => d.Kind))
        {
            SyncEntityKind kind = KindOf(group.Key);
            Func<IEnumerable<string>, CancellationToken, Task<BatchResult<string>>> send =
                group.Key == DeletionKind.Application ? _applications.DeleteAsync : _candidates.DeleteAsync;
            await SyncBatchAsync<string, string>(
                run,
                kind,
                group.Select(d => d.Id).ToList(),
                id => id,
                id => id ?? string.Empty,
                id => string.IsNullOrWhiteSpace(id) ? [new ValidationError("id", "must not be empty.")] : [],
                send,
                null,
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Validates a batch (at most 100 records), sends the valid records with retries, and tallies every record.
    /// Returns the records LinkedIn acknowledged.
    /// </summary>
    private async Task<List<TItem>> SyncBatchAsync<TItem, TKey>(
        Run run,
        SyncEntityKind kind,
        IReadOnlyList<TItem> items,
        Func<TItem, TKey> keyOf,
        Func<TItem, string> keyText,
        Func<TItem, IReadOnlyList<ValidationError>> validate,
        Func<IEnumerable<TItem>, CancellationToken, Task<BatchResult<TKey>>> send,
        Func<TItem, EntityResult<TKey>, bool>? onSuccess,
        CancellationToken cancellationToken,
        Action<TItem>? onNotSynced = null)
        where TKey : notnull
    {
        var valid = new List<TItem>(items.Count);
        foreach (TItem item in items)
        {
            IReadOnlyList<ValidationError> errors = validate(item);
            if (errors.Count > 0)
            {
                run.Tally.Failed(kind, keyText(item), SyncReason.Invalid, errors[0].Field, errors[0].Reason);
                onNotSynced?.Invoke(item);
            }
            else
            {
                valid.Add(item);
            }
        }

        var synced = new List<TItem>(valid.Count);
        if (valid.Count == 0)
        {
            return synced;
        }

        List<(TItem Item, EntityResult<TKey> Result, bool Exhausted)> outcomes = await SendWithRetriesAsync(run, kind, valid, keyOf, send, cancellationToken).ConfigureAwait(false);
        long syncedCount = 0;
        foreach ((TItem item, EntityResult<TKey> result, bool exhausted) in outcomes)
        {
            if (result.IsSuccess)
            {
                synced.Add(item);
                if (onSuccess is null || onSuccess(item, result))
                {
                    syncedCount++;
                }
            }
            else
            {
                SyncReason reason = result.Outcome == EntityOutcome.Invalid ? SyncReason.Invalid : exhausted ? SyncReason.RetriesExhausted : SyncReason.Rejected;
                run.Tally.Failed(kind, keyText(item), reason, result.Field, result.Message, result.StatusCode, result.ServiceErrorCode);
                onNotSynced?.Invoke(item);
            }
        }

        run.Tally.Synced(kind, syncedCount);
        return synced;
    }

    private async Task<List<(TItem Item, EntityResult<TKey> Result, bool Exhausted)>> SendWithRetriesAsync<TItem, TKey>(
        Run run,
        SyncEntityKind kind,
        List<TItem> items,
        Func<TItem, TKey> keyOf,
        Func<IEnumerable<TItem>, CancellationToken, Task<BatchResult<TKey>>> send,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        // Outcomes are tracked by position, not by key: a key that appears twice in one batch gets two outcomes (the
        // client sends the first and reports the second), and neither hides the other.
        var final = new EntityResult<TKey>?[items.Count];
        List<int> pending = [.. Enumerable.Range(0, items.Count)];
        Attempt last = default;

        last = await run.Pipeline(_options, _time).ExecuteAsync(
            async token =>
            {
                if (await _limiter.AcquireAsync(pending.Count, token).ConfigureAwait(false))
                {
                    run.Tally.Wait("quota");
                }

                run.Tally.Request(kind, pending.Count);
                BatchResult<TKey> result;
                try
                {
                    result = await send(pending.Select(i => items[i]), token).ConfigureAwait(false);
                }
                catch (LinkedInRscException ex) when (ex.IsTransient || EntityResult.IsTransientStatus(ex.StatusCode))
                {
                    return new Attempt(pending.Count, ex.StatusCode, ex.ServiceMessage ?? ex.Message, ex.ServiceErrorCode, ex.RetryAfter);
                }
                catch (LinkedInRscException ex)
                {
                    foreach (int i in pending)
                    {
                        final[i] = EntityResult.Failure(keyOf(items[i]), ex.StatusCode, ex.ServiceMessage ?? ex.Message, ex.ServiceErrorCode, isTransient: false);
                    }

                    pending = [];
                    return default;
                }

                var still = new List<int>();
                Attempt attempt = default;
                for (int p = 0; p < pending.Count; p++)
                {
                    int i = pending[p];
                    TKey key = keyOf(items[i]);
                    EntityResult<TKey> r = p < result.Results.Count && EqualityComparer<TKey>.Default.Equals(result.Results[p].Key, key)
                        ? result.Results[p]
                        : EntityResult.Failure(key, null, "LinkedIn's response had no status for this record.", isTransient: true);
                    if (r.Outcome == EntityOutcome.Failed && r.IsTransient)
                    {
                        still.Add(i);
                        attempt = new Attempt(0, r.StatusCode, r.Message, r.ServiceErrorCode);
                    }
                    else
                    {
                        final[i] = r;
                    }
                }

                pending = still;
                return attempt with { Pending = still.Count };
            },
            cancellationToken).ConfigureAwait(false);

        foreach (int i in pending)
        {
            final[i] = EntityResult.Failure(keyOf(items[i]), last.StatusCode, last.Message ?? "Still failing after every retry.", last.ServiceErrorCode, isTransient: true);
        }

        var exhausted = pending.ToHashSet();
        return [.. items.Select((item, i) => (item, final[i]!, exhausted.Contains(i)))];
    }

    private async Task FollowJobTasksAsync(Run run, CancellationToken cancellationToken)
    {
        Dictionary<string, string> pending = run.PendingJobTasks;
        if (pending.Count == 0)
        {
            return;
        }

        DateTimeOffset deadline = _time.GetUtcNow() + _options.JobTaskTimeout;
        while (pending.Count > 0 && _time.GetUtcNow() < deadline)
        {
            await Task.Delay(_options.JobTaskPollInterval, _time, cancellationToken).ConfigureAwait(false);
            foreach (string[] chunk in pending.Keys.ToArray().Chunk(_options.BatchSize))
            {
                if (await _limiter.AcquireAsync(chunk.Length, cancellationToken).ConfigureAwait(false))
                {
                    run.Tally.Wait("quota");
                }

                run.Tally.Request(SyncEntityKind.Job, chunk.Length);
                await foreach (JobPostingTask task in _jobs.GetTasksAsync(chunk, cancellationToken).ConfigureAwait(false))
                {
                    if (!task.IsFinal || !pending.Remove(task.TaskId, out string? jobId))
                    {
                        continue;
                    }

                    if (task.IsSuccess)
                    {
                        run.Tally.Synced(SyncEntityKind.Job);
                    }
                    else
                    {
                        run.Tally.Failed(SyncEntityKind.Job, jobId, SyncReason.JobTaskFailed, null, task.ErrorMessage ?? task.ErrorCode ?? "The job-posting task failed.");
                        run.KnownJobs.Remove(jobId);
                        run.FailedJobs.Add(jobId);
                    }
                }
            }

            // What is reported stays reported: a run killed now resumes with only the tasks still pending.
            await SavePendingJobTasksAsync(run, pending, cancellationToken).ConfigureAwait(false);
        }

        foreach (string jobId in pending.Values)
        {
            // LinkedIn may still post it: its applications are sent (LinkedIn rejects them per entity if the job never appears).
            run.Tally.Failed(SyncEntityKind.Job, jobId, SyncReason.JobTaskFailed, null, "The job-posting task did not reach a final status within JobTaskTimeout; check it later.");
        }

        pending.Clear();
        await SavePendingJobTasksAsync(run, pending, cancellationToken).ConfigureAwait(false);
    }

    private async Task SavePendingJobTasksAsync(Run run, Dictionary<string, string> pending, CancellationToken cancellationToken)
    {
        if (run.LastCheckpoint is { Stage: SyncStage.Jobs } last)
        {
            run.LastCheckpoint = last with { PendingJobTasks = new Dictionary<string, string>(pending, StringComparer.Ordinal), UpdatedAt = _time.GetUtcNow() };
            await _checkpoints.SaveAsync(_customerId, run.SyncId, run.LastCheckpoint, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void TallyTree(Run run, CandidateRecord record, SyncOutcome outcome, SyncReason reason)
    {
        Tally(run, SyncEntityKind.Candidate, record.Candidate.AtsCandidateId ?? string.Empty, outcome, reason);
        foreach (AtsCandidateNote note in record.Notes)
        {
            Tally(run, SyncEntityKind.CandidateNote, note.Key.ToString(), outcome, reason);
        }

        foreach (ApplicationRecord application in record.Applications)
        {
            TallyApplicationTree(run, application, outcome, reason);
        }
    }

    private void TallyChildren(Run run, CandidateRecord record, SyncReason reason)
    {
        foreach (AtsCandidateNote note in record.Notes)
        {
            Tally(run, SyncEntityKind.CandidateNote, note.Key.ToString(), SyncOutcome.Failed, reason);
        }

        foreach (ApplicationRecord application in record.Applications)
        {
            // A prospect-only application would not have been sent anyway: it stays "skipped", not "failed".
            if (_options.IsProspectOnly(application))
            {
                TallyApplicationTree(run, application, SyncOutcome.Skipped, SyncReason.ProspectOnly);
            }
            else
            {
                TallyApplicationTree(run, application, SyncOutcome.Failed, reason);
            }
        }
    }

    private static void TallyApplicationTree(Run run, ApplicationRecord application, SyncOutcome outcome, SyncReason reason)
    {
        Tally(run, SyncEntityKind.Application, application.Application.AtsJobApplicationId ?? string.Empty, outcome, reason);
        TallyApplicationChildren(run, application, reason, outcome);
    }

    private static void TallyApplicationChildren(Run run, ApplicationRecord application, SyncReason reason, SyncOutcome outcome = SyncOutcome.Failed)
    {
        foreach (AtsApplicationStage stage in application.Stages)
        {
            Tally(run, SyncEntityKind.ApplicationStage, stage.Key.ToString(), outcome, reason);
        }

        foreach (AtsApplicationNote note in application.Notes)
        {
            Tally(run, SyncEntityKind.ApplicationNote, note.Key.ToString(), outcome, reason);
        }

        foreach (AtsInterviewFeedback feedback in application.InterviewFeedback)
        {
            Tally(run, SyncEntityKind.InterviewFeedback, feedback.Key.ToString(), outcome, reason);
        }
    }

    private static void Tally(Run run, SyncEntityKind kind, string key, SyncOutcome outcome, SyncReason reason)
    {
        if (outcome == SyncOutcome.Skipped)
        {
            run.Tally.Skipped(kind, key, reason);
        }
        else
        {
            run.Tally.Failed(kind, key, reason, message: reason == SyncReason.ParentNotSynced ? "Not sent: its candidate or application was not synced." : null);
        }
    }

    /// <summary>The outcome of one send attempt, as Polly sees it: how many records are still pending after a transient failure.</summary>
    private readonly record struct Attempt(int Pending, HttpStatusCode? StatusCode, string? Message, int? ServiceErrorCode, TimeSpan? RetryAfter = null);

    /// <summary>The state of one run.</summary>
    private sealed class Run(string syncId, DateTimeOffset startedAt, IProgress<SyncProgress>? progress)
    {
        private ResiliencePipeline<Attempt>? _pipeline;

        public string SyncId { get; } = syncId;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public SyncTally Tally { get; } = new();

        public bool Resumed { get; set; }

        public bool HasJobStream { get; set; }

        public HashSet<string> KnownJobs { get; } = new(StringComparer.Ordinal);

        /// <summary>Jobs covered by the checkpoint whose tasks the interrupted run had not seen final: reported when they are.</summary>
        public HashSet<string> ResumedPendingJobs { get; } = new(StringComparer.Ordinal);

        /// <summary>The last checkpoint this run saved (or the one it resumed from, once it saves).</summary>
        public SyncCheckpoint? LastCheckpoint { get; set; }

        /// <summary>Jobs whose posting task failed in this run: their applications are not sent.</summary>
        public HashSet<string> FailedJobs { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> PendingJobTasks { get; } = new(StringComparer.Ordinal);

        public ResiliencePipeline<Attempt> Pipeline(SyncOptions options, TimeProvider time)
        {
            if (_pipeline is not null)
            {
                return _pipeline;
            }

            if (options.MaxRetryAttempts == 0)
            {
                return _pipeline = ResiliencePipeline<Attempt>.Empty;
            }

            return _pipeline = new ResiliencePipelineBuilder<Attempt> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<Attempt>
                {
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && args.Outcome.Result.Pending > 0),
                    MaxRetryAttempts = options.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = false,
                    Delay = options.RetryBaseDelay,
                    // LinkedIn's Retry-After wins; without one a 429 waits out the quota window, other failures back off.
                    DelayGenerator = args => ValueTask.FromResult(
                        args.Outcome.Result.RetryAfter ?? (args.Outcome.Result.StatusCode == HttpStatusCode.TooManyRequests ? options.RateLimitedRetryDelay : (TimeSpan?)null)),
                    OnRetry = args =>
                    {
                        if (args.Outcome.Result.StatusCode == HttpStatusCode.TooManyRequests)
                        {
                            Tally.Wait("429");
                        }

                        return default;
                    },
                })
                .Build();
        }

        public void Report(SyncStage stage, long position, DateTimeOffset now)
        {
            if (progress is null)
            {
                return;
            }

            (long synced, long skipped, long failed) = Tally.Totals();
            TimeSpan elapsed = now - StartedAt;
            progress.Report(new SyncProgress
            {
                Stage = stage,
                Position = position,
                Synced = synced,
                Skipped = skipped,
                Failed = failed,
                Elapsed = elapsed,
                RecordsPerMinute = elapsed > TimeSpan.Zero ? Tally.RecordsSent / elapsed.TotalMinutes : 0,
                RateLimitWaits = Tally.RateLimitWaits,
            });
        }
    }
}
