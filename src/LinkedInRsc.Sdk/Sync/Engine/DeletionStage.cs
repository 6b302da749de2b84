namespace LinkedInRsc.Sync;

/// <summary>The deletions stream of a run: each batch, grouped by kind, goes to the candidates' or the applications' batch delete.</summary>
internal sealed class DeletionStage(Candidates.ICandidatesClient candidates, Applications.IApplicationsClient applications)
{
    public static SyncEntityKind KindOf(DeletionKind kind) =>
        kind == DeletionKind.Application ? SyncEntityKind.ApplicationDeletion : SyncEntityKind.CandidateDeletion;

    /// <summary>Accounts for a deletion the resumed checkpoint covers (its outcome came with the checkpoint).</summary>
    public static void Cover(SyncRun run, Deletion? deletion)
    {
        if (deletion is not null)
        {
            run.Tally.Covered(1);
        }
    }

    public async Task ProcessAsync(SyncRun run, List<Deletion> deletions, CancellationToken cancellationToken)
    {
        var wellFormed = new List<Deletion>(deletions.Count);
        foreach (Deletion? deletion in deletions)
        {
            if (deletion is null)
            {
                run.Tally.Failed(SyncEntityKind.CandidateDeletion, string.Empty, SyncReason.Invalid, "record", "The deletion is null; nothing was deleted.");
            }
            else if (!Enum.IsDefined(deletion.Kind))
            {
                run.Tally.Failed(SyncEntityKind.CandidateDeletion, deletion.Id ?? string.Empty, SyncReason.Invalid, "kind", "must be Candidate or Application.");
            }
            else
            {
                wellFormed.Add(deletion);
            }
        }

        foreach (IGrouping<DeletionKind, Deletion> group in wellFormed.GroupBy(d => d.Kind))
        {
            Func<IEnumerable<string>, CancellationToken, Task<BatchResult<string>>> send =
                group.Key == DeletionKind.Application ? applications.DeleteAsync : candidates.DeleteAsync;
            await run.Sender.SyncAsync<string, string>(
                KindOf(group.Key),
                group.Select(d => d.Id).ToList(),
                id => id,
                id => id ?? string.Empty,
                id => string.IsNullOrWhiteSpace(id) ? [new ValidationError("id", "must not be empty.")] : [],
                send,
                null,
                cancellationToken,
                alreadyDone: r => r.StatusCode == System.Net.HttpStatusCode.NotFound).ConfigureAwait(false);
        }
    }
}
