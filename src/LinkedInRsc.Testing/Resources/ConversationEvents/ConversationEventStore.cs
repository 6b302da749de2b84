using System.Globalization;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.MailStubs;
using LinkedInRsc.Testing.Resources.Members;
using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing.Resources.ConversationEvents;

/// <summary>
/// InMail conversations: a recruiter's seat starts a thread, the member replies (and may share contact details, which
/// creates a mail stub); <c>conversationEvents?q=criteria</c> lists a viewer seat's threads within a window of at most
/// <see cref="MaxConversationWindow"/>.
/// </summary>
internal sealed class ConversationEventStore(TimeProvider time, MemberDirectory members, SeatStore seats, MailStubStore mailStubs)
    : IEmulatorStore<ConversationEventStore>
{
    private readonly object _gate = new();
    private readonly List<ConversationEventRecord> _events = [];
    private long _nextThread = 6_000_001;
    private long _nextMessage = 1;

    /// <summary>The widest <c>timeRange</c> a conversation-events query may span (12 hours).</summary>
    public TimeSpan MaxConversationWindow { get; set; } = TimeSpan.FromHours(12);

    public static ConversationEventStore Create(EmulatorStores stores) =>
        new(stores.Time, stores.Get<MemberDirectory>(), stores.Get<SeatStore>(), stores.Get<MailStubStore>());

    /// <summary>A recruiter sends an InMail: a new thread whose first message the seat authored.</summary>
    public ConversationEventRecord SendInMail(string seatUrn, string memberUrn, string subject, string body)
    {
        var member = members.Find(memberUrn) ?? throw new InvalidOperationException($"No member {memberUrn} exists; add the member first.");
        var seat = seats.RequireSeat(seatUrn);
        lock (_gate)
        {
            var thread = "urn:li:messagingThread:" + (_nextThread++).ToString(CultureInfo.InvariantCulture);
            var message = new ConversationEventRecord(
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
    public (ConversationEventRecord Reply, MailStubRecord? Stub) Reply(string threadUrn, string body, bool shareContactDetails, string? emailAddress = null, string? phoneNumber = null)
    {
        if (emailAddress is not null && !EntityRules.IsEmail(emailAddress))
        {
            throw new ArgumentException("A shared e-mail address must have the form X@X.X.", nameof(emailAddress));
        }

        ConversationEventRecord reply;
        lock (_gate)
        {
            var first = _events.FirstOrDefault(e => e.ThreadUrn == threadUrn) ?? throw new InvalidOperationException($"No InMail thread {threadUrn} exists; send an InMail first.");
            reply = new ConversationEventRecord(
                "I" + (_nextMessage++).ToString(CultureInfo.InvariantCulture) + "_" + threadUrn[^7..],
                threadUrn,
                first.OwnerSeatUrn,
                first.Recipient,
                first.OwnerSeatUrn,
                time.GetUtcNow(),
                "RE: " + first.Subject,
                body);
            _events.Add(reply);
        }

        if (!shareContactDetails)
        {
            return (reply, null);
        }

        var seat = seats.RequireSeat(reply.OwnerSeatUrn);
        var member = members.Find(reply.Author)!;
        var email = emailAddress ?? (member.EmailAddresses.Count > 0 ? member.EmailAddresses[0] : null);
        return (reply, mailStubs.Add(seat.ContractUrn, seat.SeatUrn, member, email, phoneNumber, reply.CreatedAt));
    }

    /// <summary><c>conversationEvents?q=criteria</c>: the viewer's threads, <c>createdAt</c> in [start, end), window ≤ <see cref="MaxConversationWindow"/>.</summary>
    public FinderPage<ConversationEventRecord> QueryConversationEvents(string? viewer, long? rangeStart, long? rangeEnd, string? threadUrn, int? start, int? count)
    {
        if (string.IsNullOrEmpty(viewer))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'viewer' is required: the seat URN (urn:li:seat:{id}) whose InMails to list.");
        }

        if (!EntityRules.IsUrn(viewer, EntityRules.SeatUrnPrefix))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'viewer' must be a seat URN (urn:li:seat:{id}).");
        }

        var (from, to) = ActivityRules.Window(rangeStart, rangeEnd, "timeRange.start", "timeRange.end", MaxConversationWindow, required: true);
        lock (_gate)
        {
            var all = _events
                .Where(e => e.OwnerSeatUrn == viewer && e.CreatedAt >= from && e.CreatedAt < to && (threadUrn is null || e.ThreadUrn == threadUrn))
                .OrderBy(e => e.CreatedAt)
                .ToList();
            return FinderPage<ConversationEventRecord>.Of(all, PageRequest.Create(start, count));
        }
    }
}
