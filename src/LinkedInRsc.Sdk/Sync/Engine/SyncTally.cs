using System.Diagnostics;
using System.Net;

namespace LinkedInRsc.Sync;

/// <summary>
/// The running account of one sync run: every input record lands in exactly one of synced, skipped or failed. It is
/// saved with every checkpoint (<see cref="Snapshot"/>) and taken over by the run that resumes it (<see cref="Restore"/>).
/// </summary>
internal sealed class SyncTally
{
    private static readonly string[] KindTags = Enum.GetNames<SyncEntityKind>().Select(ToSnake).ToArray();

    private readonly object _gate = new();
    private readonly long[,] _counts = new long[Enum.GetValues<SyncEntityKind>().Length, 3];
    private readonly List<SyncIssue> _issues = [];
    private long _covered;
    private long _requests;
    private long _recordsSent;
    private long _waits;

    public long Requests => Interlocked.Read(ref _requests);

    public long RateLimitWaits => Interlocked.Read(ref _waits);

    public long RecordsSent => Interlocked.Read(ref _recordsSent);

    public void Synced(SyncEntityKind kind, long count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        lock (_gate)
        {
            _counts[(int)kind, 0] += count;
        }

        Emit(kind, "synced", count);
    }

    public void Skipped(SyncEntityKind kind, string key, SyncReason reason)
    {
        lock (_gate)
        {
            _counts[(int)kind, 1]++;
            _issues.Add(new SyncIssue { Kind = kind, Key = key, Outcome = EntityOutcome.Skipped, Reason = reason });
        }

        Emit(kind, "skipped", 1);
    }

    public void Failed(SyncEntityKind kind, string key, SyncReason reason, string? field = null, string? message = null, HttpStatusCode? status = null, int? serviceErrorCode = null, string? requestId = null)
    {
        lock (_gate)
        {
            _counts[(int)kind, 2]++;
            _issues.Add(new SyncIssue
            {
                Kind = kind,
                Key = key,
                Outcome = reason == SyncReason.Invalid ? EntityOutcome.Invalid : EntityOutcome.Failed,
                Reason = reason,
                Field = field,
                Message = message,
                StatusCode = status,
                ServiceErrorCode = serviceErrorCode,
                RequestId = requestId,
            });
        }

        Emit(kind, "failed", 1);
    }

    /// <summary>Counts records this run did not send because the checkpoint it resumed had them (already in the restored counts).</summary>
    public void Covered(long count) => Interlocked.Add(ref _covered, count);

    /// <summary>The counts per kind and the issues so far, for a checkpoint.</summary>
    public (Dictionary<SyncEntityKind, SyncCounts> Counts, SyncIssue[] Issues) Snapshot()
    {
        lock (_gate)
        {
            return (CountsByKind(), [.. _issues]);
        }
    }

    /// <summary>Takes over the counts and issues an interrupted run saved with its checkpoint.</summary>
    public void Restore(IReadOnlyDictionary<SyncEntityKind, SyncCounts> counts, IReadOnlyList<SyncIssue> issues)
    {
        lock (_gate)
        {
            foreach ((SyncEntityKind kind, SyncCounts c) in counts)
            {
                _counts[(int)kind, 0] = c.Synced;
                _counts[(int)kind, 1] = c.Skipped;
                _counts[(int)kind, 2] = c.Failed;
            }

            _issues.Clear();
            _issues.AddRange(issues);
        }
    }

    public void Request(SyncEntityKind kind, int records)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _recordsSent, records);
        SyncTelemetry.Batches.Add(1, new KeyValuePair<string, object?>("kind", KindTags[(int)kind]));
    }

    public void Wait(string cause)
    {
        Interlocked.Increment(ref _waits);
        SyncTelemetry.RateLimitWaits.Add(1, new KeyValuePair<string, object?>("cause", cause));
        Activity.Current?.AddEvent(new ActivityEvent("rate_limit_wait", tags: new ActivityTagsCollection { ["cause"] = cause }));
    }

    public (long Synced, long Skipped, long Failed) Totals()
    {
        lock (_gate)
        {
            long s = 0, k = 0, f = 0;
            for (int i = 0; i < _counts.GetLength(0); i++)
            {
                s += _counts[i, 0];
                k += _counts[i, 1];
                f += _counts[i, 2];
            }

            return (s, k, f);
        }
    }

    public SyncReport ToReport(string customerId, string syncId, DateTimeOffset startedAt, DateTimeOffset completedAt, bool resumed)
    {
        lock (_gate)
        {
            Dictionary<SyncEntityKind, SyncCounts> byKind = CountsByKind();
            long s = byKind.Values.Sum(c => c.Synced), k = byKind.Values.Sum(c => c.Skipped), f = byKind.Values.Sum(c => c.Failed);
            return new SyncReport
            {
                CustomerId = customerId,
                SyncId = syncId,
                StartedAt = startedAt,
                CompletedAt = completedAt,
                ByKind = byKind,
                Totals = new SyncCounts { Input = s + k + f, Synced = s, Skipped = k, Failed = f },
                Issues = [.. _issues],
                CoveredByCheckpoint = Interlocked.Read(ref _covered),
                Requests = Requests,
                RateLimitWaits = RateLimitWaits,
                Resumed = resumed,
            };
        }
    }

    private Dictionary<SyncEntityKind, SyncCounts> CountsByKind()
    {
        var byKind = new Dictionary<SyncEntityKind, SyncCounts>();
        foreach (SyncEntityKind kind in Enum.GetValues<SyncEntityKind>())
        {
            long ks = _counts[(int)kind, 0], kk = _counts[(int)kind, 1], kf = _counts[(int)kind, 2];
            if (ks + kk + kf > 0)
            {
                byKind[kind] = new SyncCounts { Input = ks + kk + kf, Synced = ks, Skipped = kk, Failed = kf };
            }
        }

        return byKind;
    }

    private static void Emit(SyncEntityKind kind, string outcome, long count) =>
        SyncTelemetry.Records.Add(count, new KeyValuePair<string, object?>("kind", KindTags[(int)kind]), new KeyValuePair<string, object?>("outcome", outcome));

    private static string ToSnake(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
