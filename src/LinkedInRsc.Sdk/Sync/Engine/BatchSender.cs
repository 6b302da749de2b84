using Polly;

namespace LinkedInRsc.Sync;

/// <summary>
/// Sends one batch (at most 100 records) of one kind and accounts for every record in it: validates each, takes quota,
/// sends the valid ones, sends again what failed transiently (by the run's retry policy), and tallies each record as
/// synced or failed with its reason.
/// </summary>
internal sealed class BatchSender(SyncQuota quota, SyncTally tally, ResiliencePipeline<SendAttempt> retries)
{
    /// <summary>
    /// Validates a batch, sends the valid records with retries, and tallies every record. Returns the records LinkedIn
    /// acknowledged, in input order.
    /// </summary>
    /// <param name="kind">What the records are.</param>
    /// <param name="items">The batch.</param>
    /// <param name="keyOf">The key the capability client reports each record under.</param>
    /// <param name="keyText">The key as the report shows it.</param>
    /// <param name="validate">The rules each record must keep before it is sent.</param>
    /// <param name="send">The capability client's batch write.</param>
    /// <param name="onSuccess">Called for each acknowledged record; returns whether it counts as synced now (a job counts once its task is final).</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <param name="onNotSynced">Called for each record not synced (invalid or failed), to account for what hangs under it.</param>
    /// <param name="alreadyDone">
    /// Which refusals mean LinkedIn already holds what the record asks for: a deletion answered 404 is deleted (by an
    /// earlier attempt whose answer was lost, even one the HTTP pipeline retried unseen, or before this run).
    /// </param>
    /// <param name="coversClientRules">
    /// Whether <paramref name="validate"/> holds every rule the capability client behind <paramref name="send"/>
    /// checks (<see cref="Validation.EntityValidator"/>'s, and maybe more): the records are then handed over as a
    /// <see cref="Clients.ValidatedBatch{T}"/>, which the client does not validate again.
    /// </param>
    public async Task<List<TItem>> SyncAsync<TItem, TKey>(
        SyncEntityKind kind,
        IReadOnlyList<TItem> items,
        Func<TItem, TKey> keyOf,
        Func<TItem, string> keyText,
        Func<TItem, IReadOnlyList<ValidationError>> validate,
        Func<IEnumerable<TItem>, CancellationToken, Task<BatchResult<TKey>>> send,
        Func<TItem, EntityResult<TKey>, bool>? onSuccess,
        CancellationToken cancellationToken,
        Action<TItem>? onNotSynced = null,
        Func<EntityResult<TKey>, bool>? alreadyDone = null,
        bool coversClientRules = false)
        where TKey : notnull
    {
        var valid = new List<TItem>(items.Count);
        foreach (TItem item in items)
        {
            IReadOnlyList<ValidationError> errors = validate(item);
            if (errors.Count > 0)
            {
                tally.Failed(kind, keyText(item), SyncReason.Invalid, errors[0].Field, errors[0].Reason);
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

        List<(TItem Item, EntityResult<TKey> Result, bool Exhausted)> outcomes = await SendWithRetriesAsync(kind, valid, keyOf, send, alreadyDone, coversClientRules, cancellationToken).ConfigureAwait(false);
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
                tally.Failed(kind, keyText(item), reason, result.Field, result.Message, result.StatusCode, result.ServiceErrorCode, result.RequestId);
                onNotSynced?.Invoke(item);
            }
        }

        tally.Synced(kind, syncedCount);
        return synced;
    }

    /// <summary>Whether a failed request may succeed if sent again: the records it carried stay pending.</summary>
    internal static bool IsTransient(LinkedInRscException exception) =>
        exception.IsTransient || EntityResult.IsTransientStatus(exception.StatusCode);

    private async Task<List<(TItem Item, EntityResult<TKey> Result, bool Exhausted)>> SendWithRetriesAsync<TItem, TKey>(
        SyncEntityKind kind,
        List<TItem> items,
        Func<TItem, TKey> keyOf,
        Func<IEnumerable<TItem>, CancellationToken, Task<BatchResult<TKey>>> send,
        Func<EntityResult<TKey>, bool>? alreadyDone,
        bool coversClientRules,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        // Outcomes are tracked by position, not by key: a key that appears twice in one batch gets two outcomes (the
        // client sends the first and reports the second), and neither hides the other.
        var final = new EntityResult<TKey>?[items.Count];
        var pending = new List<int>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            pending.Add(i);
        }

        SendAttempt last = await retries.ExecuteAsync(
            async token =>
            {
                await quota.TakeAsync(kind, pending.Count, token).ConfigureAwait(false);
                BatchResult<TKey> result;
                try
                {
                    var batch = new List<TItem>(pending.Count);
                    foreach (int i in pending)
                    {
                        batch.Add(items[i]);
                    }

                    result = await send(coversClientRules ? new Clients.ValidatedBatch<TItem>(batch) : batch, token).ConfigureAwait(false);
                }
                catch (LinkedInRscException ex) when (IsTransient(ex))
                {
                    return new SendAttempt(pending.Count, ex.StatusCode, ex.ServiceMessage ?? ex.Message, ex.ServiceErrorCode, ex.RetryAfter, ex.RequestId);
                }
                catch (LinkedInRscException ex)
                {
                    foreach (int i in pending)
                    {
                        final[i] = EntityResult.Failure(keyOf(items[i]), ex.StatusCode, ex.ServiceMessage ?? ex.Message, ex.ServiceErrorCode, isTransient: false, requestId: ex.RequestId);
                    }

                    pending = [];
                    return default;
                }

                List<int> still = [];
                SendAttempt attempt = default;
                for (int p = 0; p < pending.Count; p++)
                {
                    int i = pending[p];
                    TKey key = keyOf(items[i]);
                    EntityResult<TKey> r = p < result.Results.Count && EqualityComparer<TKey>.Default.Equals(result.Results[p].Key, key)
                        ? result.Results[p]
                        : EntityResult.Failure(key, null, "LinkedIn's response had no status for this record.", isTransient: true);
                    if (r.Outcome == EntityOutcome.Failed && alreadyDone?.Invoke(r) == true)
                    {
                        final[i] = EntityResult.Success(key, requestId: r.RequestId);
                    }
                    else if (r.Outcome == EntityOutcome.Failed && r.IsTransient)
                    {
                        still.Add(i);
                        attempt = new SendAttempt(0, r.StatusCode, r.Message, r.ServiceErrorCode, RequestId: r.RequestId);
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
            final[i] = EntityResult.Failure(keyOf(items[i]), last.StatusCode, last.Message ?? "Still failing after every retry.", last.ServiceErrorCode, isTransient: true, requestId: last.RequestId);
        }

        var exhausted = new bool[items.Count];
        foreach (int i in pending)
        {
            exhausted[i] = true;
        }

        var outcomes = new List<(TItem Item, EntityResult<TKey> Result, bool Exhausted)>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            outcomes.Add((items[i], final[i]!, exhausted[i]));
        }

        return outcomes;
    }
}
