namespace LinkedInRsc.RecruiterActivity;

/// <summary>The account of one recruiter-activity round for one customer.</summary>
public sealed record RecruiterActivityReport
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }

    /// <summary>When the round started; windows were read up to this time.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the round ended.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>When the next round is due (the end of this one plus the polling interval).</summary>
    public required DateTimeOffset NextDueAt { get; init; }

    /// <summary>Counts per kind of activity (the kinds the round read).</summary>
    public required IReadOnlyDictionary<RecruiterActivityKind, RecruiterActivityCounts> ByKind { get; init; }

    /// <summary>Counts over every stream.</summary>
    public required RecruiterActivityCounts Totals { get; init; }

    /// <summary>The seats read.</summary>
    public int Seats { get; init; }

    /// <summary>The streams that failed, each with its reason; empty when everything was delivered.</summary>
    public required IReadOnlyList<RecruiterActivityIssue> Issues { get; init; }

    /// <summary>Requests sent to LinkedIn for this round (sync-back of stub candidates included).</summary>
    public long Requests { get; init; }

    /// <summary>Whether every stream of every seat was delivered.</summary>
    public bool IsComplete => Issues.Count == 0;

    /// <summary>Counts only.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"Recruiter activity of {CustomerId}: {Totals}, {Issues.Count} issue(s)";
}
