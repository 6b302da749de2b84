using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Sync;

/// <summary>
/// The candidates stream of a run, one batch of candidate records at a time: applies the shape rules and the Prospect
/// rule, sends the candidates, then the applications of the synced candidates (not those of a job LinkedIn refused in
/// this run), then what hangs under synced candidates and applications (notes, stages, interview feedback) with
/// bounded concurrency. What hangs under a record that was not synced is accounted for as not sent; a record nested
/// under a parent it does not name is refused on its own.
/// </summary>
internal sealed class CandidateStage(ICandidatesClient candidates, IApplicationsClient applications, SyncOptions options, IProspectStageProvider prospects)
{
    /// <summary>Accounts for a candidate record the resumed checkpoint covers (its outcomes came with the checkpoint).</summary>
    public static void Cover(SyncRun run, CandidateRecord? record) => run.Tally.Covered(RecordTreeTally.Count(record));

    public async Task ProcessAsync(SyncRun run, List<CandidateRecord> records, CancellationToken cancellationToken)
    {
        // 1. Shape rules, the Prospect rule, then the candidates themselves.
        var eligible = new List<CandidateRecord>(records.Count);
        foreach (CandidateRecord? record in records)
        {
            if (record is null)
            {
                run.Tally.Failed(SyncEntityKind.Candidate, string.Empty, SyncReason.Invalid, "record", "The candidate record is null; nothing of it was sent.");
            }
            else if (RecordChecks.Candidate(record) is { } fault)
            {
                run.Tally.Failed(SyncEntityKind.Candidate, record.Candidate?.AtsCandidateId ?? string.Empty, SyncReason.Invalid, fault.Field, fault.Reason);
                run.Tally.Children(record, SyncReason.ParentNotSynced, IsProspectOnly);
            }
            else if (record.Applications.All(RecordChecks.IsWellFormed) && prospects.IsProspectOnly(record))
            {
                run.Tally.Tree(record, EntityOutcome.Skipped, SyncReason.ProspectOnly);
            }
            else
            {
                eligible.Add(record);
            }
        }

        // By instance, not by id: a candidate id twice in one batch must not lend one record's children to the other.
        var byId = new Dictionary<AtsCandidate, CandidateRecord>(eligible.Count, ReferenceEqualityComparer.Instance);
        var eligibleCandidates = new List<AtsCandidate>(eligible.Count);
        foreach (CandidateRecord r in eligible)
        {
            byId[r.Candidate] = r;
            eligibleCandidates.Add(r.Candidate);
        }

        List<AtsCandidate> syncedCandidates = await run.Sender.SyncAsync(
            SyncEntityKind.Candidate,
            eligibleCandidates,
            c => c.AtsCandidateId,
            c => c.AtsCandidateId,
            EntityValidator.Validate,
            candidates.UpsertAsync,
            null,
            cancellationToken,
            onNotSynced: c => run.Tally.Children(byId[c], SyncReason.ParentNotSynced, IsProspectOnly),
            coversClientRules: true).ConfigureAwait(false);

        // 2. Applications of synced candidates (prospect-only ones skipped), in chunks.
        var children = new List<Func<CancellationToken, Task>>();
        var toSend = new List<ApplicationRecord>();
        var candidateOf = new Dictionary<AtsApplication, string>(ReferenceEqualityComparer.Instance);
        foreach (AtsCandidate candidate in syncedCandidates)
        {
            CandidateRecord record = byId[candidate];
            string candidateId = candidate.AtsCandidateId;
            foreach (IGrouping<string, AtsCandidateNote> notes in record.Notes.GroupBy(n => n.AtsCandidateId ?? string.Empty, StringComparer.Ordinal))
            {
                List<AtsCandidateNote> list = notes.ToList();
                children.Add(ct => SyncChildrenAsync(run, SyncEntityKind.CandidateNote, list, n => n.Key, n => RecordChecks.NestedIn(candidateId, n.AtsCandidateId, "atsCandidateId", "candidate", () => EntityValidator.Validate(n)), candidates.UpsertNotesAsync, ct));
            }

            foreach (ApplicationRecord application in record.Applications)
            {
                if (RecordChecks.Application(application) is { } fault)
                {
                    run.Tally.Failed(SyncEntityKind.Application, application.Application.AtsJobApplicationId ?? string.Empty, SyncReason.Invalid, fault.Field, fault.Reason);
                    run.Tally.ApplicationChildren(application, SyncReason.ParentNotSynced);
                }
                else if (prospects.IsProspectOnly(application))
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
                    candidateOf[application.Application] = candidateId;
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
            var chunkApplications = new List<AtsApplication>(chunk.Length);
            foreach (ApplicationRecord a in chunk)
            {
                chunkApplications.Add(a.Application);
            }

            List<AtsApplication> synced = await run.Sender.SyncAsync(
                SyncEntityKind.Application,
                chunkApplications,
                a => a.AtsJobApplicationId,
                a => a.AtsJobApplicationId,
                a => RecordChecks.NestedIn(candidateOf[a], a.AtsCandidateId, "atsCandidateId", "candidate", () => EntityValidator.Validate(a, isSyncedJob)),
                applications.UpsertAsync,
                null,
                cancellationToken,
                onNotSynced: a => run.Tally.ApplicationChildren(appById[a], SyncReason.ParentNotSynced),
                coversClientRules: true).ConfigureAwait(false);

            foreach (AtsApplication application in synced)
            {
                ApplicationRecord record = appById[application];
                string applicationId = application.AtsJobApplicationId;
                AddGroups(children, record.Stages, s => s.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.ApplicationStage, list, s => s.Key, s => RecordChecks.NestedIn(applicationId, s.AtsJobApplicationId, "atsJobApplicationId", "application", () => EntityValidator.Validate(s)), applications.UpsertStagesAsync, ct));
                AddGroups(children, record.Notes, n => n.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.ApplicationNote, list, n => n.Key, n => RecordChecks.NestedIn(applicationId, n.AtsJobApplicationId, "atsJobApplicationId", "application", () => EntityValidator.Validate(n)), applications.UpsertNotesAsync, ct));
                AddGroups(children, record.InterviewFeedback, f => f.AtsJobApplicationId, list => ct => SyncChildrenAsync(run, SyncEntityKind.InterviewFeedback, list, f => f.Key, f => RecordChecks.NestedIn(applicationId, f.AtsJobApplicationId, "atsJobApplicationId", "application", () => EntityValidator.Validate(f)), applications.UpsertInterviewFeedbackAsync, ct));
            }
        }

        // 3. Records under candidates and applications: one request per parent (and per 100), bounded concurrency.
        await Parallel.ForEachAsync(
            children,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (work, ct) => await work(ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>The Prospect rule, for an application the shape rules accept (a malformed one is reported, not skipped).</summary>
    private bool IsProspectOnly(ApplicationRecord application) => RecordChecks.IsWellFormed(application) && prospects.IsProspectOnly(application);

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
            await run.Sender.SyncAsync(kind, chunk, keyOf, i => keyOf(i).ToString(), validate, send, null, cancellationToken, coversClientRules: true).ConfigureAwait(false);
        }
    }
}
