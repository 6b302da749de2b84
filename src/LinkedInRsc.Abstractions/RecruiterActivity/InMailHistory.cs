namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// The InMail history of a candidate as one ATS user may see it. LinkedIn's rule: a user mapped to a Recruiter seat
/// sees their own conversations with the candidate in full; of the other seats of the organization they see only
/// <i>that</i> they exchanged InMail with the candidate, and when (<see cref="InMailExchange"/>), never the messages.
/// Build it with <see cref="For"/> so the rule cannot be got wrong by accident.
/// </summary>
public sealed record InMailHistory
{
    /// <summary>The candidate (LinkedIn member).</summary>
    public required PersonUrn Member { get; init; }

    /// <summary>The viewing user's seat, or <see langword="null"/> for a user not mapped to one.</summary>
    public SeatUrn? Viewer { get; init; }

    /// <summary>The viewer's own messages with the candidate, in full, oldest first.</summary>
    public required IReadOnlyList<ConversationEvent> OwnMessages { get; init; }

    /// <summary>The other seats that exchanged InMail with the candidate, most recent first; no messages.</summary>
    public required IReadOnlyList<InMailExchange> OtherRecruiters { get; init; }

    /// <summary>
    /// Applies the visibility rule to the stored InMail messages of the organization: keeps the messages of the
    /// candidate's conversations read for <paramref name="viewer"/>, and reduces every other seat's to who and when.
    /// </summary>
    /// <param name="member">The candidate.</param>
    /// <param name="viewer">The ATS user's seat, or <see langword="null"/> when the user has none (they see no messages).</param>
    /// <param name="events">Stored messages; those of other members are ignored, duplicates (same key and viewer) counted once.</param>
    /// <returns>The history the user may see.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static InMailHistory For(PersonUrn member, SeatUrn? viewer, IEnumerable<ConversationEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var own = new Dictionary<ConversationEventKey, ConversationEvent>();
        var others = new Dictionary<SeatUrn, (DateTimeOffset First, DateTimeOffset Last, HashSet<string> Threads)>();
        foreach (ConversationEvent e in events)
        {
            if (e is null || e.Member != member)
            {
                continue;
            }

            if (viewer is { } seat && e.Viewer == seat)
            {
                own.TryAdd(e.Key, e);
            }
            else if (others.TryGetValue(e.Viewer, out var seen))
            {
                seen.Threads.Add(e.ThreadUrn);
                others[e.Viewer] = (e.CreatedAt < seen.First ? e.CreatedAt : seen.First, e.CreatedAt > seen.Last ? e.CreatedAt : seen.Last, seen.Threads);
            }
            else
            {
                others[e.Viewer] = (e.CreatedAt, e.CreatedAt, new HashSet<string>(StringComparer.Ordinal) { e.ThreadUrn });
            }
        }

        return new InMailHistory
        {
            Member = member,
            Viewer = viewer,
            OwnMessages = [.. own.Values.OrderBy(e => e.CreatedAt).ThenBy(e => e.ThreadUrn, StringComparer.Ordinal)],
            OtherRecruiters = [.. others
                .Select(o => new InMailExchange(o.Key, o.Value.First, o.Value.Last, o.Value.Threads.Count))
                .OrderByDescending(x => x.LastExchangedAt)
                .ThenBy(x => x.Seat.ToString(), StringComparer.Ordinal)],
        };
    }
}
