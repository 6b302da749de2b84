using LinkedInRsc.Candidates;
using LinkedInRsc.RecruiterActivity;

namespace LinkedInRsc.Samples.Ats;

/// <summary>
/// One customer's data in the sample ATS: its users (each possibly mapped to a Recruiter seat), candidates and talent
/// pools, and what the recruiter-activity poller delivered (InMail messages, prospect notes), with the views a
/// recruiter sees. Every write is an idempotent upsert by LinkedIn's key, as the SDK's sinks require; the delivery
/// counters show how often each item was handed over.
/// </summary>
public sealed class SampleAtsTenant
{
    /// <summary>The name of the system-created talent pool stub profiles go to.</summary>
    public const string LinkedInTalentPool = "LinkedIn";

    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SeatUrn?> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SampleCandidate> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<(SeatUrn Viewer, ConversationEventKey Key), ConversationEvent> _inMails = [];
    private readonly Dictionary<string, (ProspectNote Note, string Author)> _notes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletedNotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private int _nextCandidate = 1;

    internal SampleAtsTenant(TimeProvider time) => _time = time;

    /// <summary>Every candidate.</summary>
    public IReadOnlyList<SampleCandidate> Candidates
    {
        get
        {
            lock (_gate)
            {
                return [.. _candidates.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The candidates of a talent pool.</summary>
    /// <param name="pool">The pool's name.</param>
    /// <returns>Its candidates.</returns>
    public IReadOnlyList<SampleCandidate> TalentPool(string pool = LinkedInTalentPool) => [.. Candidates.Where(c => c.TalentPool == pool)];

    /// <summary>Every InMail message stored (all seats), oldest first.</summary>
    public IReadOnlyList<ConversationEvent> InMails
    {
        get
        {
            lock (_gate)
            {
                return [.. _inMails.Values.OrderBy(e => e.CreatedAt)];
            }
        }
    }

    /// <summary>How many times the poller handed over each item, by a text key (<c>inmail:{viewer}:{thread}:{id}:{ms}</c>, <c>note:{id}:{ms}</c>, <c>stub:{member}</c>).</summary>
    public IReadOnlyDictionary<string, int> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_deliveries, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Adds or changes an ATS user and the Recruiter seat they are mapped to (none: <see langword="null"/>).</summary>
    /// <param name="userId">The user.</param>
    /// <param name="seat">Their seat.</param>
    public void MapUser(string userId, SeatUrn? seat)
    {
        lock (_gate)
        {
            _users[userId] = seat;
        }
    }

    /// <summary>Adds a candidate the ATS already had (not from LinkedIn).</summary>
    /// <param name="candidate">The candidate.</param>
    public void AddCandidate(SampleCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        lock (_gate)
        {
            _candidates[candidate.Id] = candidate;
        }
    }

    /// <summary>The InMail history of a candidate as a user sees it (the SDK applies the visibility rule).</summary>
    /// <param name="userId">The viewing user.</param>
    /// <param name="member">The candidate.</param>
    /// <returns>The history.</returns>
    public InMailHistory InMailHistoryFor(string userId, PersonUrn member)
    {
        lock (_gate)
        {
            SeatUrn? seat = _users.GetValueOrDefault(userId);
            return InMailHistory.For(member, seat, _inMails.Values);
        }
    }

    /// <summary>The notes history of a candidate: notes of every recruiter of the organization, latest versions, deleted ones gone, newest first.</summary>
    /// <param name="member">The candidate.</param>
    /// <returns>The notes.</returns>
    public IReadOnlyList<SampleNote> NotesFor(PersonUrn member)
    {
        lock (_gate)
        {
            return [.. _notes.Values
                .Where(n => n.Note.Member == member)
                .OrderByDescending(n => n.Note.LastModifiedAt)
                .Select(n => new SampleNote(n.Note.Id, n.Note.Member, n.Note.Owner, n.Author, n.Note.Text, n.Note.LastModifiedAt))];
        }
    }

    internal void StoreInMails(Seat viewer, IReadOnlyList<ConversationEvent> events)
    {
        lock (_gate)
        {
            foreach (ConversationEvent e in events)
            {
                _inMails[(viewer.Urn, e.Key)] = e;
                Count($"inmail:{viewer.Urn.Id}:{e.ThreadUrn}:{e.Id}:{e.CreatedAt.ToUnixTimeMilliseconds()}");
            }
        }
    }

    internal void StoreNotes(Seat owner, IReadOnlyList<ProspectNote> notes)
    {
        lock (_gate)
        {
            foreach (ProspectNote note in notes)
            {
                Count($"note:{note.Id}:{note.LastModifiedAt.ToUnixTimeMilliseconds()}");
                if (!_deletedNotes.Contains(note.Id) && note.Supersedes(_notes.TryGetValue(note.Id, out var held) ? held.Note : null))
                {
                    _notes[note.Id] = (note, $"{owner.FirstName} {owner.LastName}".Trim());
                }
            }
        }
    }

    internal void DeleteNotes(IReadOnlyList<ProspectNote> notes)
    {
        lock (_gate)
        {
            foreach (ProspectNote note in notes)
            {
                Count($"note:{note.Id}:{note.LastModifiedAt.ToUnixTimeMilliseconds()}");
                _deletedNotes.Add(note.Id);
                _notes.Remove(note.Id);
            }
        }
    }

    /// <summary>
    /// The talent-pool rule: a member seen again updates the candidate they became (or the ATS's own candidate linked
    /// to them) instead of creating another; names come from the stub; the e-mail address only when the member shared
    /// one, else the one the candidate already had.
    /// </summary>
    internal AtsCandidate Place(MailStub stub)
    {
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            Count($"stub:{stub.Member}");
            string? shared = stub.EmailAddresses.Count > 0 ? stub.EmailAddresses[0] : null;
            SampleCandidate? existing = _candidates.Values.FirstOrDefault(c => c.Member == stub.Member);
            SampleCandidate candidate = existing is null
                ? new SampleCandidate($"li-{_nextCandidate++}", LinkedInTalentPool, stub.FirstName ?? "LinkedIn member", stub.LastName, shared, stub.Member, now, now)
                : existing with
                {
                    FirstName = stub.FirstName ?? existing.FirstName,
                    LastName = stub.LastName ?? existing.LastName,
                    Email = shared ?? existing.Email,
                    ModifiedAt = now > existing.ModifiedAt ? now : existing.ModifiedAt,
                };
            _candidates[candidate.Id] = candidate;
            return new AtsCandidate
            {
                AtsCandidateId = candidate.Id,
                AtsCreatedAt = candidate.CreatedAt,
                AtsLastModifiedAt = candidate.ModifiedAt,
                FirstName = candidate.FirstName,
                LastName = candidate.LastName,
                EmailAddresses = candidate.Email is null ? [] : [candidate.Email],
                PhoneNumbers = [],
                Addresses = [],
                LinkedInProfileUrl = stub.ProfileUrl,
                ManualMatchedMember = stub.Member,
            };
        }
    }

    private void Count(string key) => _deliveries[key] = _deliveries.GetValueOrDefault(key) + 1;
}
