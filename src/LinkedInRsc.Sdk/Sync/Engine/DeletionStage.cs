namespace LinkedInRsc.Sync;

/// <summary>The deletions stream of a run: each batch, grouped by kind, goes to the candidates' or the applications' batch delete.</summary>
internal sealed class DeletionStage(Candidates.ICandidatesClient candidates, Applications.IApplicationsClient applications)
{
    public static SyncEntityKind KindOf(DeletionKind kind) =>
        kind == DeletionKind.Application ? SyncEntityKind.ApplicationDeletion : SyncEntityKind.CandidateDeletion;

    /// <summary>Accounts for a deletion the resumed checkpoint covers.</summary>
    public static void Cover(SyncRun run, Deletion deletion) =>
        run.Tally.Skipped(KindOf(deletion.Kind), deletion.Id ?? string.Empty, SyncReason.CoveredByCheckpoint);

    public async Task ProcessAsync(SyncRun run, List<Deletion> deletions, CancellationToken cancellationToken)
    {
        foreach (IGrouping<DeletionKind, Deletion> group in deletions.GroupBy(d => d.Kind))
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
                cancellationToken).ConfigureAwait(false);
        }
    }
}
