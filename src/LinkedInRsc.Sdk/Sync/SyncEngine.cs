using System.Diagnostics;
using System.Runtime.CompilerServices;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;

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
/// <para>The engine composes parts with one job each: a <c>BatchSender</c> (validation, quota, sending and the retry
/// policy of one batch), a <c>SyncCheckpointer</c>, a <c>JobTaskFollower</c> and the <c>SyncTally</c> that becomes the
/// report; one stage per input stream (jobs, candidates, deletions) says what a batch of that stream sends.</para>
/// <para>Telemetry: the <c>LinkedInRsc</c> meter (<c>linkedinrsc.sync.records</c>, <c>linkedinrsc.sync.batches</c>,
/// <c>linkedinrsc.sync.rate_limit_waits</c>) and activity source (<c>linkedinrsc.sync</c>, <c>linkedinrsc.sync.batch</c>).</para>
/// </remarks>
public sealed class SyncEngine : ISyncEngine, IDisposable
{
    private readonly string _customerId;
    private readonly SyncOptions _options;
    private readonly ISyncCheckpointStore _checkpoints;
    private readonly SyncRateLimiter _limiter;
    private readonly bool _ownsLimiter;
    private readonly TimeProvider _time;
    private readonly JobStage _jobStage;
    private readonly JobTaskFollower _jobTasks;
    private readonly CandidateStage _candidateStage;
    private readonly DeletionStage _deletionStage;

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
    /// <param name="prospects">Which records are prospect-only (not synced); <see cref="ProspectStageNameProvider"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public SyncEngine(
        string customerId,
        IJobsClient jobs,
        ICandidatesClient candidates,
        IApplicationsClient applications,
        SyncOptions? options = null,
        ISyncCheckpointStore? checkpoints = null,
        SyncRateLimiter? rateLimiter = null,
        TimeProvider? timeProvider = null,
        IProspectStageProvider? prospects = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(applications);
        _options = options ?? new SyncOptions();
        Configuration.Internal.SyncOptionsValidator.ThrowIfInvalid(_options, nameof(options));
        _customerId = customerId;
        _checkpoints = checkpoints ?? new InMemorySyncCheckpointStore();
        _time = timeProvider ?? TimeProvider.System;
        _ownsLimiter = rateLimiter is null;
        _limiter = rateLimiter ?? new SyncRateLimiter(null, _time);
        if (_limiter.RecordsPerMinute < _options.BatchSize)
        {
            throw new ArgumentException("The rate limiter's RecordsPerMinute must be at least the BatchSize.", nameof(rateLimiter));
        }

        _jobStage = new JobStage(jobs, _options);
        _jobTasks = new JobTaskFollower(jobs, _options, _time);
        _candidateStage = new CandidateStage(candidates, applications, _options, prospects ?? ProspectStageNameProvider.Instance);
        _deletionStage = new DeletionStage(candidates, applications);
    }

    /// <inheritdoc />
    public async Task<SyncReport> SyncAsync(SyncRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SyncId, nameof(request));
        using Activity? activity = SyncTelemetry.Source.StartActivity("linkedinrsc.sync");
        activity?.SetTag("linkedinrsc.sync.operation", "sync");
        SyncRun run = await StartAsync(request.SyncId, progress, cancellationToken).ConfigureAwait(false);

        if (request.Jobs is not null)
        {
            run.HasJobStream = true;
            if (run.Checkpoints.Resumed is { Stage: SyncStage.Jobs } checkpoint)
            {
                run.Checkpoints.ContinueJobsStage();

                // The interrupted run had submitted these jobs but not seen their tasks final: follow them now.
                foreach ((string taskId, string jobId) in checkpoint.PendingJobTasks)
                {
                    run.PendingJobTasks[taskId] = jobId;
                    run.ResumedPendingJobs.Add(jobId);
                }
            }

            await ProcessStreamAsync(run, SyncStage.Jobs, request.Jobs, j => j.Job?.ExternalJobPostingId, JobStage.Cover, _jobStage.ProcessAsync, cancellationToken).ConfigureAwait(false);

            // Applications name their job: wait until LinkedIn has posted the jobs (or refused them) before sending any.
            await _jobTasks.FollowAsync(run, cancellationToken).ConfigureAwait(false);
        }

        if (request.Candidates is not null)
        {
            await ProcessStreamAsync(run, SyncStage.Candidates, request.Candidates, c => c.Candidate?.AtsCandidateId, CandidateStage.Cover, _candidateStage.ProcessAsync, cancellationToken).ConfigureAwait(false);
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
        SyncRun run = await StartAsync(request.SyncId, progress, cancellationToken).ConfigureAwait(false);
        await ProcessStreamAsync(run, SyncStage.Deletions, request.Deletions, d => d is null ? null : d.Kind + ":" + d.Id, DeletionStage.Cover, _deletionStage.ProcessAsync, cancellationToken).ConfigureAwait(false);
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

    private async Task<SyncRun> StartAsync(string syncId, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var checkpoints = new SyncCheckpointer(_checkpoints, _customerId, syncId, _time);
        var run = new SyncRun(syncId, _time.GetUtcNow(), progress, checkpoints, _limiter, _options, _time);
        await checkpoints.LoadAsync(cancellationToken).ConfigureAwait(false);
        return run;
    }

    private async Task<SyncReport> CompleteAsync(SyncRun run, Activity? activity, CancellationToken cancellationToken)
    {
        await run.Checkpoints.CompleteAsync(cancellationToken).ConfigureAwait(false);
        SyncReport report = run.Tally.ToReport(_customerId, run.SyncId, run.StartedAt, _time.GetUtcNow(), run.Resumed);
        activity?.SetTag("linkedinrsc.sync.synced", report.Totals.Synced);
        activity?.SetTag("linkedinrsc.sync.skipped", report.Totals.Skipped);
        activity?.SetTag("linkedinrsc.sync.failed", report.Totals.Failed);
        return report;
    }

    /// <summary>
    /// Reads one input stream in batches: items the resumed checkpoint covers are accounted for by
    /// <paramref name="cover"/>, the others are handed to <paramref name="process"/>, and a checkpoint is saved after
    /// every batch that sent something.
    /// </summary>
    private async Task ProcessStreamAsync<T>(
        SyncRun run,
        SyncStage stage,
        IAsyncEnumerable<T> stream,
        Func<T, string?> keyOf,
        Action<SyncRun, T> cover,
        Func<SyncRun, List<T>, CancellationToken, Task> process,
        CancellationToken cancellationToken)
    {
        long skip = run.Checkpoints.CoveredCount(stage);
        long position = 0;
        await foreach (List<T> chunk in ChunkAsync(stream, _options.BatchSize, cancellationToken).ConfigureAwait(false))
        {
            var fresh = new List<T>(chunk.Count);
            foreach (T item in chunk)
            {
                if (position < skip)
                {
                    run.Checkpoints.EnsureSameOrder(stage, position, keyOf(item));
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

                await run.Checkpoints.SaveBatchAsync(stage, position, keyOf(chunk[^1]), run.PendingJobTasks, cancellationToken).ConfigureAwait(false);
            }

            run.ReportProgress(stage, position, _time.GetUtcNow());
        }
    }
}
