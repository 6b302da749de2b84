using System.Globalization;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing.Resources.Activity;

/// <summary>A Recruiter seat of a contract (reference §7.1).</summary>
internal sealed record SeatRecord(long Id, string ContractUrn, string MemberUrn, string FirstName, string LastName, string State, IReadOnlyList<string> SeatRoles)
{
    public string SeatUrn => EntityRules.SeatUrnPrefix + Id.ToString(CultureInfo.InvariantCulture);

    public JsonObject ToJsonV2() => new()
    {
        ["id"] = Id,
        ["firstName"] = FirstName,
        ["lastName"] = LastName,
        ["contract"] = ContractUrn,
        ["member"] = MemberUrn,
        ["state"] = State,
        ["seatRoles"] = MemberRecord.ToArray(SeatRoles),
    };

    public JsonObject ToJsonLegacy() => new()
    {
        ["id"] = Id,
        ["firstName"] = FirstName,
        ["lastName"] = LastName,
        ["contractId"] = ContractUrn,
        ["member"] = MemberUrn,
        ["active"] = State == "ACTIVE",
        ["admin"] = SeatRoles.Contains("ADMIN_SEAT", StringComparer.Ordinal),
    };

    public override string ToString() => $"Seat {SeatUrn}";
}

/// <summary>One InMail message (reference §14 Q1c).</summary>
internal sealed record ConversationEvent(string Id, string ThreadUrn, string OwnerSeatUrn, string Author, string Recipient, DateTimeOffset CreatedAt, string Subject, string Body)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["threadUrn"] = ThreadUrn,
        ["author"] = Author,
        ["recipients"] = MemberRecord.ToArray([Recipient]),
        ["createdAt"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["content"] = new JsonObject
        {
            ["com.linkedin.messaging.events.MailContent"] = new JsonObject
            {
                ["subject"] = Subject,
                ["body"] = new JsonObject { ["text"] = Body },
            },
        },
    };

    public override string ToString() => $"InMail {Id} in {ThreadUrn}";
}

/// <summary>A recruiter's note on a prospect (reference §7.3).</summary>
internal sealed record ProspectNote(long Id, string ContractUrn, string OwnerSeatUrn, string MemberUrn, string Note, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, bool Active)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["contract"] = ContractUrn,
        ["owner"] = OwnerSeatUrn,
        ["member"] = MemberUrn,
        ["note"] = Note,
        ["created"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["lastModified"] = LastModifiedAt.ToUnixTimeMilliseconds(),
        ["active"] = Active,
    };

    public override string ToString() => $"Prospect note {Id}";
}

/// <summary>A member's shared contact details after an InMail reply (reference §8).</summary>
internal sealed record MailStub(long Id, string ContractUrn, string OwnerSeatUrn, MemberRecord Member, string? EmailAddress, string? PhoneNumber, DateTimeOffset CreatedAt)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["contract"] = ContractUrn,
            ["owner"] = OwnerSeatUrn,
            ["member"] = Member.PersonUrn,
            ["firstName"] = Member.FirstName,
            ["lastName"] = Member.LastName,
            ["profileUrl"] = Member.ProfileUrl,
            ["createdAt"] = CreatedAt.ToUnixTimeMilliseconds(),
        };
        if (EmailAddress is not null)
        {
            json["emailAddress"] = EmailAddress;
        }

        if (PhoneNumber is not null)
        {
            json["phoneNumber"] = PhoneNumber;
        }

        if (Member.Headline is not null)
        {
            json["headline"] = Member.Headline;
        }

        return json;
    }

    public override string ToString() => $"Mail stub {Id}";
}

/// <summary>
/// Contract-level Recruiter activity: seats, InMail conversations, prospect notes and mail stubs, with the finders'
/// mandatory parameters, time windows and paging (reference §7, §8). Tenancy and CSA gating are the caller's job.
/// </summary>
internal sealed class RecruiterActivityStore(TimeProvider time, MemberDirectory members)
{
    public static readonly string[] SeatStates = ["ACTIVE", "INACTIVE", "INVITED", "PARKED"];

    private readonly object _gate = new();
    private readonly List<SeatRecord> _seats = [];
    private readonly List<ConversationEvent> _events = [];
    private readonly List<ProspectNote> _notes = [];
    private readonly List<MailStub> _stubs = [];
    private long _nextSeat = 100_001;
    private long _nextThread = 6_000_001;
    private long _nextMessage = 1;
    private long _nextNote = 500_001;
    private long _nextStub = 800_001;

    /// <summary>The widest <c>timeRange</c> a conversation-events query may span (12 hours).</summary>
    public TimeSpan MaxConversationWindow { get; set; } = TimeSpan.FromHours(12);

    /// <summary>LinkedIn's hosted-search cap for mail stubs (20,000 results).</summary>
    public int MailStubSearchCap { get; set; } = 20_000;

    public SeatRecord AddSeat(string contractUrn, string memberUrn, string firstName, string lastName, string state = "ACTIVE", IReadOnlyList<string>? seatRoles = null, long? seatId = null)
    {
        if (seatId is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seatId), seatId, "A seat id must be a positive number.");
        }

        if (!EntityRules.IsUrn(contractUrn, EntityRules.ContractUrnPrefix))
        {
            throw new ArgumentException("A seat's contract must be a contract URN (urn:li:contract:{id}).", nameof(contractUrn));
        }

        if (!EntityRules.IsUrn(memberUrn, EntityRules.PersonUrnPrefix))
        {
            throw new ArgumentException("A seat holder must be a person URN (urn:li:person:{id}).", nameof(memberUrn));
        }

        if (!SeatStates.Contains(state, StringComparer.Ordinal))
        {
            throw new ArgumentException($"A seat state must be one of {string.Join(", ", SeatStates)}.", nameof(state));
        }

        lock (_gate)
        {
            if (seatId is { } wanted && _seats.Exists(s => s.Id == wanted))
            {
                throw new InvalidOperationException($"A seat {EntityRules.SeatUrnPrefix}{wanted} already exists.");
            }

            var id = seatId ?? _nextSeat++;
            while (seatId is null && _seats.Exists(s => s.Id == id))
            {
                id = _nextSeat++;
            }

            var seat = new SeatRecord(id, contractUrn, memberUrn, firstName, lastName, state, seatRoles ?? ["SOURCER_ADD_PROSPECT"]);
            _seats.Add(seat);
            return seat;
        }
    }

    public SeatRecord? FindSeat(string seatUrn)
    {
        lock (_gate)
        {
            return _seats.FirstOrDefault(s => s.SeatUrn == seatUrn);
        }
    }

    /// <summary><c>seatsV2?q=attributes</c>: <c>start</c> is mandatory; the default page is 10.</summary>
    public FinderPage<SeatRecord> QuerySeats(IReadOnlyCollection<string> contracts, IReadOnlyCollection<string> states, int? start, int? count)
    {
        if (start is null)
        {
            throw ResourceRequestException.BadRequest("Query parameter 'start' is mandatory for seatsV2; send start=0 for the first page.");
        }

        RequireContracts(contracts);
        foreach (var state in states)
        {
            if (!SeatStates.Contains(state, StringComparer.Ordinal))
            {
                throw ResourceRequestException.BadRequest($"Query parameter 'states' has '{state}'; allowed values are {string.Join(", ", SeatStates)}.");
            }
        }

        lock (_gate)
        {
            var all = _seats.Where(s => contracts.Contains(s.ContractUrn) && (states.Count == 0 || states.Contains(s.State))).ToList();
            return FinderPage<SeatRecord>.Of(all, PageRequest.Create(start, count));
        }
    }

    /// <summary>Legacy <c>seats?q=seatsByAttributes</c>.</summary>
    public FinderPage<SeatRecord> QueryLegacySeats(IReadOnlyCollection<string> contracts, bool? active, int? start, int? count)
    {
        RequireContracts(contracts);
        lock (_gate)
        {
            var all = _seats.Where(s => contracts.Contains(s.ContractUrn) && (active is null || (s.State == "ACTIVE") == active)).ToList();
            return FinderPage<SeatRecord>.Of(all, PageRequest.Create(start, count));
        }
    }

    /// <summary>A recruiter sends an InMail: a new thread whose first message the seat authored.</summary>
    public ConversationEvent SendInMail(string seatUrn, string memberUrn, string subject, string body)
    {
        var member = members.Find(memberUrn) ?? throw new InvalidOperationException($"No member {memberUrn} exists; add the member first.");
        lock (_gate)
        {
            var seat = RequireSeat(seatUrn);
            var thread = "urn:li:messagingThread:" + (_nextThread++).ToString(CultureInfo.InvariantCulture);
            var message = new ConversationEvent(
                "S" + (_nextMessage++).ToString(CultureInfo.InvariantCulture) + "_" + thread[^7..],
                thread,
                seat.SeatUrn,
                seat.SeatUrn,
                member.PersonUrn,
                time.GetUtcNow(),
                subject,
                body);
            _events.Add(message);
            return message;
        }
    }

    /// <summary>The member replies in a thread; when they share contact details, a mail stub becomes retrievable.</summary>
    public (ConversationEvent Reply, MailStub? Stub) Reply(string threadUrn, string body, bool shareContactDetails, string? emailAddress = null, string? phoneNumber = null)
    {
        if (emailAddress is not null && !EntityRules.IsEmail(emailAddress))
        {
            throw new ArgumentException("A shared e-mail address must have the form X@X.X.", nameof(emailAddress));
        }

        lock (_gate)
        {
            var first = _events.FirstOrDefault(e => e.ThreadUrn == threadUrn) ?? throw new InvalidOperationException($"No InMail thread {threadUrn} exists; send an InMail first.");
            var now = time.GetUtcNow();
            var reply = new ConversationEvent(
                "I" + (_nextMessage++).ToString(CultureInfo.InvariantCulture) + "_" + threadUrn[^7..],
                threadUrn,
                first.OwnerSeatUrn,
                first.Recipient,
                first.OwnerSeatUrn,
                now,
                "RE: " + first.Subject,
                body);
            _events.Add(reply);
            MailStub? stub = null;
            if (shareContactDetails)
            {
                var seat = RequireSeat(first.OwnerSeatUrn);
                var member = members.Find(first.Recipient)!;
                stub = new MailStub(_nextStub++, seat.ContractUrn, seat.SeatUrn, member, emailAddress ?? (member.EmailAddresses.Count > 0 ? member.EmailAddresses[0] : null), phoneNumber, now);
                _stubs.Add(stub);
            }

            return (reply, stub);
        }
    }

    /// <summary><c>conversationEvents?q=criteria</c>: the viewer's threads, <c>createdAt</c> in [start, end), window ≤ <see cref="MaxConversationWindow"/>.</summary>
    public FinderPage<ConversationEvent> QueryConversationEvents(string? viewer, long? rangeStart, long? rangeEnd, string? threadUrn, int? start, int? count)
    {
        if (string.IsNullOrEmpty(viewer))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'viewer' is required: the seat URN (urn:li:seat:{id}) whose InMails to list.");
        }

        if (!EntityRules.IsUrn(viewer, EntityRules.SeatUrnPrefix))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'viewer' must be a seat URN (urn:li:seat:{id}).");
        }

        var (from, to) = Window(rangeStart, rangeEnd, "timeRange.start", "timeRange.end", MaxConversationWindow, required: true);
        lock (_gate)
        {
            var all = _events
                .Where(e => e.OwnerSeatUrn == viewer && e.CreatedAt >= from && e.CreatedAt < to && (threadUrn is null || e.ThreadUrn == threadUrn))
                .OrderBy(e => e.CreatedAt)
                .ToList();
            return FinderPage<ConversationEvent>.Of(all, PageRequest.Create(start, count));
        }
    }

    public ProspectNote WriteNote(string seatUrn, string memberUrn, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        _ = members.Find(memberUrn) ?? throw new InvalidOperationException($"No member {memberUrn} exists; add the member first.");
        lock (_gate)
        {
            var seat = RequireSeat(seatUrn);
            var now = time.GetUtcNow();
            var note = new ProspectNote(_nextNote++, seat.ContractUrn, seat.SeatUrn, memberUrn, text, now, now, true);
            _notes.Add(note);
            return note;
        }
    }

    public ProspectNote EditNote(long noteId, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return ReplaceNote(noteId, n => n with { Note = text, LastModifiedAt = time.GetUtcNow() });
    }

    public ProspectNote DeleteNote(long noteId) => ReplaceNote(noteId, n => n with { Active = false, LastModifiedAt = time.GetUtcNow() });

    /// <summary><c>prospectNotes?q=criteria</c>: <c>contract</c> required; last-modified in [cutoffDate, beforeDate].</summary>
    public FinderPage<ProspectNote> QueryProspectNotes(string? contract, IReadOnlyCollection<string> owners, long? beforeDate, long? cutoffDate, int? start, int? count)
    {
        RequireContract(contract);
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
            return FinderPage<ProspectNote>.Of(all, PageRequest.Create(start, count));
        }
    }

    /// <summary><c>mailStubs?q=contract</c>: <c>contract</c> required; created in [start, end); beyond the search cap → 400.</summary>
    public FinderPage<MailStub> QueryMailStubs(string? contract, IReadOnlyCollection<string> owners, long? createdStart, long? createdEnd, int? start, int? count)
    {
        RequireContract(contract);
        var (from, to) = Window(createdStart, createdEnd, "createdDateStart", "createdDateEnd", null, required: false);
        lock (_gate)
        {
            var all = _stubs
                .Where(s => s.ContractUrn == contract && (owners.Count == 0 || owners.Contains(s.OwnerSeatUrn)) && s.CreatedAt >= from && s.CreatedAt < to)
                .OrderBy(s => s.CreatedAt)
                .ToList();
            if (all.Count > MailStubSearchCap)
            {
                throw ResourceRequestException.BadRequest($"The search matches {all.Count} mail stubs, more than the {MailStubSearchCap} LinkedIn's hosted search can return; narrow it with 'owners' or a date range.");
            }

            return FinderPage<MailStub>.Of(all, PageRequest.Create(start, count));
        }
    }

    private static (DateTimeOffset From, DateTimeOffset To) Window(long? start, long? end, string startName, string endName, TimeSpan? max, bool required)
    {
        if (required && (start is null || end is null))
        {
            throw ResourceRequestException.BadRequest($"Query parameters '{startName}' and '{endName}' (epoch milliseconds) are required.");
        }

        if (start is <= 0 || end is <= 0)
        {
            throw ResourceRequestException.BadRequest($"Query parameters '{startName}' and '{endName}' must be epoch milliseconds greater than 0.");
        }

        var from = start is null ? DateTimeOffset.MinValue : DateTimeOffset.FromUnixTimeMilliseconds(start.Value);
        var to = end is null ? DateTimeOffset.MaxValue : DateTimeOffset.FromUnixTimeMilliseconds(end.Value);
        if (to <= from)
        {
            throw ResourceRequestException.BadRequest($"Query parameter '{endName}' must be after '{startName}'.");
        }

        if (max is { } limit && to - from > limit)
        {
            throw ResourceRequestException.BadRequest($"The time range spans {(to - from).TotalHours:0.##} hours; at most {limit.TotalHours:0.##} hours are allowed per call. Split it into smaller windows.");
        }

        return (from, to);
    }

    private static void RequireContract(string? contract)
    {
        if (string.IsNullOrEmpty(contract))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'contract' is required: the contract URN (urn:li:contract:{id}).");
        }

        if (!EntityRules.IsUrn(contract, EntityRules.ContractUrnPrefix))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'contract' must be a contract URN (urn:li:contract:{id}).");
        }
    }

    private static void RequireContracts(IReadOnlyCollection<string> contracts)
    {
        if (contracts.Count == 0)
        {
            throw ResourceRequestException.BadRequest("Query parameter 'contracts' is required: one or more contract URNs (urn:li:contract:{id}).");
        }

        foreach (var contract in contracts)
        {
            RequireContract(contract);
        }
    }

    private SeatRecord RequireSeat(string seatUrn) =>
        _seats.FirstOrDefault(s => s.SeatUrn == seatUrn) ?? throw new InvalidOperationException($"No seat {seatUrn} exists; add the seat first.");

    private ProspectNote ReplaceNote(long noteId, Func<ProspectNote, ProspectNote> change)
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
