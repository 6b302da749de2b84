using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Sync;

/// <summary>
/// The candidates stream of a run, one batch of candidate records at a time: applies the Prospect rule, sends the
/// candidates, then the applications of the synced candidates (not those of a job LinkedIn refused in this run), then
/// what hangs under synced candidates and applications (notes, stages, interview feedback) with bounded concurrency.
/// What hangs under a record that was not synced is accounted for as not sent.
/// </summary>
internal sealed class CandidateStage(ICandidatesClient candidates, IApplicationsClient applications, SyncOptions options, IProspectStageProvider prospects)
{
    /// <summary>Accounts for a candidate record the resumed checkpoint covers.</summary>
    public static void Cover(SyncRun run, CandidateRecord record) => run.Tally.Tree(record, EntityOutcome.Skipped, SyncReason.CoveredByCheckpoint);

    public async Task ProcessAsync(SyncRun run, List<CandidateRecord> records, CancellationToken cancellationToken)
    {
        // 1. Prospect rule, then the candidates themselves.
        var eligible = new List<CandidateRecord>(records.Count);
        foreach (CandidateRecord record in records)
        {
            if (prospects.IsProspectOnly(record))
            {
                run.Tally.Tree(record, EntityOutcome.Skipped, SyncReason.ProspectOnly);
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

        List<AtsCandidate> syncedCandidates = await run.Sender.SyncAsync(
            SyncEntityKind.Candidate,
            eligible.Select(r => r.Candidate).ToList(),
            c => c.AtsCandidateId,
            c => c.AtsCandidateId,
            EntityValidator.Validate,
            candidates.UpsertAsync,
            null,
            cancellationToken,
            onNotSynced: c => run.Tally.Children(byId[c], SyncReason.ParentNotSynced, prospects.IsProspectOnly)).ConfigureAwait(false);

        // 2. Applications of synced candidates (prospect-only ones skipped), in chunks.
        var children = new List<Func<CancellationToken, Task>>();
        var toSend = new List<ApplicationRecord>();
        foreach (AtsCandidate candidate in syncedCandidates)
        {
            CandidateRecord record = byId[candidate];
            foreach (IGrouping<string, AtsCandidateNote> notes in record.Notes.GroupBy(n => n.AtsCandidateId ?? string.Empty, StringComparer.Ordinal))
            {
                List<AtsCandidateNote> list = notes.ToList();
                children.Add(ct => SyncChildrenAsync(run, SyncEntityKind.CandidateNote, list, n => n.Key, EntityValidator.Validate, candidates.UpsertNotesAsync, ct));
            }

            foreach (ApplicationRecord application in record.Applications)
            {
                if (prospects.IsProspectOnly(application))
                {
                    run.Tally.ApplicationTree(application, EntityOutcome.Skipped, SyncReason.ProspectOnly);
                }
                else if (run.FailedJobs.Contains(application.Application.AtsJobPostingId ?? string.Empty))
                {
                    // LinkedIn refused its job in this run: say so rather than "invalid".
                    run.Tally.Failed(SyncEntityKind.Application, application.Application.AtsJobApplicationId ?? string.Empty, SyncReason.ParentNotSynced, "atsJobPostingId", "Not sent: LinkedIn did not post its job in this sync (see the job's issue).");
                    run.Tally.ApplicationChildren(application, SyncReason.ParentNotSynced);
                }
                else
                {
                    toSend.Add(application);
                }
            }
        }

        var appById = new Dictionary<AtsApplication, ApplicationRecord>(ReferenceEqualityComparer.Instance);
        foreach (ApplicationRecord a in toSend)
        {
            appById[a.Application] = a;
        }

        Func<string, bool>? isSyncedJob = run.HasJobStream ? run.KnownJobs.Contains : null;
        foreach (ApplicationRecord[] chunk in toSend.Chunk(options.BatchSize))
        {
            List<AtsApplication> synced = await run.Sender.SyncAsync(
                SyncEntityKind.Application,
                chunk.Select(a => a.Application).ToList(),
                a => a.AtsJobApplicationId,
                a => a.AtsJobApplicationId,
                a => EntityValidator.Validate(a, isSyncedJob),
                applications.UpsertAsync,
                null,
                cancellationToken,
                onNotSynced: a => run.Tally.ApplicationChildren(appById[a], SyncReason.ParentNotSynced)).ConfigureAwait(false);

            foreach (AtsApplication application in synced)
            {
                ApplicationRecord record = appById[application];
                AddGroups(children, record.Stages, s => s.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.ApplicationStage, list, s => s.Key, EntityValidator.Validate, applications.UpsertStagesAsync, ct));
                AddGroups(children, record.Notes, n => n.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.ApplicationNote, list, n => n.Key, EntityValidator.Validate, applications.UpsertNotesAsync, ct));
                AddGroups(children, record.InterviewFeedback, f => f.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.InterviewFeedback, list, f => f.Key, EntityValidator.Validate, applications.UpsertInterviewFeedbackAsync, ct));
            }
        }

        // 3. Records under candidates and applications: one request per parent (and per 100), bounded concurrency.
        await Parallel.ForEachAsync(
            children,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (work, ct) => await work(ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private void AddGroups<T>(List<Func<CancellationToken, Task>> work, IReadOnlyList<T> items, Func<T, string?> parentOf, Func<List<T>, Func<CancellationToken, Task>> make)
    {
        foreach (IGrouping<string, T> group in items.GroupBy(i => parentOf(i) ?? string.Empty, StringComparer.Ordinal))
        {
            foreach (T[] chunk in group.Chunk(options.BatchSize))
            {
                work.Add(make([.. chunk]));
            }
        }
    }

    private async Task SyncChildrenAsync<T>(
        SyncRun run,
        SyncEntityKind kind,
        List<T> items,
        Func<T, AtsChildKey> keyOf,
        Func<T, IReadOnlyList<ValidationError>> validate,
        Func<IEnumerable<T>, CancellationToken, Task<BatchResult<AtsChildKey>>> send,
        CancellationToken cancellationToken)
    {
        foreach (T[] chunk in items.Chunk(options.BatchSize))
        {
            await run.Sender.SyncAsync(kind, chunk, keyOf, i => keyOf(i).ToString(), validate, send, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
