using LinkedInRsc.Candidates;
using LinkedInRsc.RecruiterActivity;

namespace LinkedInRsc.Samples.Ats;

/// <summary>What the recruiter-activity poller delivered to one customer: InMail messages, prospect notes, stub profiles.</summary>
public sealed partial class SampleAtsTenant
{
    private readonly Dictionary<(SeatUrn Viewer, ConversationEventKey Key), ConversationEvent> _inMails = [];
    private readonly Dictionary<string, (ProspectNote Note, string Author)> _notes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletedNotes = new(StringComparer.Ordinal);

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
                ? new SampleCandidate
                {
                    Id = NextIdFromLinkedIn(),
                    TalentPool = LinkedInTalentPool,
                    FirstName = stub.FirstName ?? "LinkedIn member",
                    LastName = stub.LastName,
                    EmailAddresses = shared is null ? [] : [shared],
                    Member = stub.Member,
                    LinkedInProfileUrl = stub.ProfileUrl,
                    CreatedAt = now,
                    ModifiedAt = now,
                }
                : existing with
                {
                    FirstName = stub.FirstName ?? existing.FirstName,
                    LastName = stub.LastName ?? existing.LastName,
                    EmailAddresses = shared is null ? existing.EmailAddresses : [shared],
                    LinkedInProfileUrl = stub.ProfileUrl ?? existing.LinkedInProfileUrl,
                    ModifiedAt = now > existing.ModifiedAt ? now : existing.ModifiedAt,
                };
            _candidates[candidate.Id] = candidate;
            return candidate.ToAtsCandidate();
        }
    }
}
