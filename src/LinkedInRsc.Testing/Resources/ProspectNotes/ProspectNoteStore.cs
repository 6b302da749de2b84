using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Members;
using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing.Resources.ProspectNotes;

/// <summary>
/// Recruiters' notes on prospects: written, edited and deleted by a seat; <c>prospectNotes?q=criteria</c> finds them by
/// contract, owner seats and last-modified time, deleted ones reported inactive.
/// </summary>
internal sealed class ProspectNoteStore(TimeProvider time, MemberDirectory members, SeatStore seats) : IEmulatorStore<ProspectNoteStore>
{
    private readonly object _gate = new();
    private readonly List<ProspectNoteRecord> _notes = [];
    private long _nextNote = 500_001;

    public static ProspectNoteStore Create(EmulatorStores stores) => new(stores.Time, stores.Get<MemberDirectory>(), stores.Get<SeatStore>());

    public ProspectNoteRecord WriteNote(string seatUrn, string memberUrn, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        _ = members.Find(memberUrn) ?? throw new InvalidOperationException($"No member {memberUrn} exists; add the member first.");
        var seat = seats.RequireSeat(seatUrn);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var note = new ProspectNoteRecord(_nextNote++, seat.ContractUrn, seat.SeatUrn, memberUrn, text, now, now, true);
            _notes.Add(note);
            return note;
        }
    }

    public ProspectNoteRecord EditNote(long noteId, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return ReplaceNote(noteId, n => n with { Note = text, LastModifiedAt = time.GetUtcNow() });
    }

    public ProspectNoteRecord DeleteNote(long noteId) => ReplaceNote(noteId, n => n with { Active = false, LastModifiedAt = time.GetUtcNow() });

    /// <summary><c>prospectNotes?q=criteria</c>: <c>contract</c> required; last-modified in [cutoffDate, beforeDate].</summary>
    public FinderPage<ProspectNoteRecord> QueryProspectNotes(string? contract, IReadOnlyCollection<string> owners, long? beforeDate, long? cutoffDate, int? start, int? count)
    {
        ActivityRules.RequireContract(contract);
        if (beforeDate is not null && cutoffDate is not null && cutoffDate > beforeDate)
        {
            throw ResourceRequestException.BadRequest($"Query parameter 'cutoffDate' ({cutoffDate}) must not be after 'beforeDate' ({beforeDate}).");
        }

        lock (_gate)
        {
            var all = _notes
                .Where(n => n.ContractUrn == contract && (owners.Count == 0 || owners.Contains(n.OwnerSeatUrn))
                    && (beforeDate is null || n.LastModifiedAt.ToUnixTimeMilliseconds() <= beforeDate)
                    && (cutoffDate is null || n.LastModifiedAt.ToUnixTimeMilliseconds() >= cutoffDate))
                .OrderBy(n => n.LastModifiedAt)
                .ToList();
            return FinderPage<ProspectNoteRecord>.Of(all, PageRequest.Create(start, count));
        }
    }

    private ProspectNoteRecord ReplaceNote(long noteId, Func<ProspectNoteRecord, ProspectNoteRecord> change)
    {
        lock (_gate)
        {
            var index = _notes.FindIndex(n => n.Id == noteId);
            if (index < 0)
            {
                throw new InvalidOperationException($"No prospect note {noteId} exists.");
            }

            if (!_notes[index].Active)
            {
                throw new InvalidOperationException($"Prospect note {noteId} was deleted.");
            }

            return _notes[index] = change(_notes[index]);
        }
    }
}
