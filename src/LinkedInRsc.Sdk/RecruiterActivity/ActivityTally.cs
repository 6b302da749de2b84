using LinkedInRsc.Sync;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>The counts and issues of one customer's round, which become its <see cref="RecruiterActivityReport"/>.</summary>
internal sealed class ActivityTally
{
    private readonly Dictionary<RecruiterActivityKind, (long Delivered, long Skipped, long Failed)> _counts = [];
    private readonly List<RecruiterActivityIssue> _issues = [];
    private readonly HashSet<SeatUrn> _seats = [];

    public long SyncRequests { get; private set; }

    public void Seat(SeatUrn seat) => _seats.Add(seat);

    public void Add(RecruiterActivityKind kind, long delivered = 0, long skipped = 0, long failed = 0)
    {
        (long d, long s, long f) = _counts.GetValueOrDefault(kind);
        _counts[kind] = (d + delivered, s + skipped, f + failed);
    }

    public void SyncedBack(SyncReport report) => SyncRequests += report.Requests;

    public void Issue(RecruiterActivityIssue issue) => _issues.Add(issue);

    public RecruiterActivityCounts Totals() => new()
    {
        Delivered = _counts.Values.Sum(c => c.Delivered),
        Skipped = _counts.Values.Sum(c => c.Skipped),
        Failed = _counts.Values.Sum(c => c.Failed),
    };

    public RecruiterActivityReport ToReport(string customerId, DateTimeOffset startedAt, DateTimeOffset completedAt, TimeSpan interval, long requests) => new()
    {
        CustomerId = customerId,
        StartedAt = startedAt,
        CompletedAt = completedAt,
        NextDueAt = startedAt + interval,
        ByKind = _counts.ToDictionary(c => c.Key, c => new RecruiterActivityCounts { Delivered = c.Value.Delivered, Skipped = c.Value.Skipped, Failed = c.Value.Failed }),
        Totals = Totals(),
        Seats = _seats.Count,
        Issues = [.. _issues],
        Requests = requests + SyncRequests,
    };
}
