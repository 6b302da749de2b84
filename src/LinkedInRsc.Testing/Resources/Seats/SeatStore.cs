using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Seats;

/// <summary>
/// The Recruiter seats of the customers' contracts: <c>seatsV2?q=attributes</c> and the legacy
/// <c>seats?q=seatsByAttributes</c>, with their mandatory parameters and paging. Seats are also the authors of InMails
/// and prospect notes.
/// </summary>
internal sealed class SeatStore : IEmulatorStore<SeatStore>
{
    private readonly object _gate = new();
    private readonly List<SeatRecord> _seats = [];
    private long _nextSeat = 100_001;

    public static SeatStore Create(EmulatorStores stores) => new();

    public SeatRecord AddSeat(string contractUrn, string memberUrn, string firstName, string lastName, string state = SeatStates.Active, IReadOnlyList<string>? seatRoles = null, long? seatId = null)
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

        if (!SeatStates.TryParse(state, out _))
        {
            throw new ArgumentException($"A seat state must be one of {string.Join(", ", SeatStates.All)}.", nameof(state));
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

    /// <summary>The seat, or <see cref="InvalidOperationException"/> naming it (for scripted actions).</summary>
    public SeatRecord RequireSeat(string seatUrn) =>
        FindSeat(seatUrn) ?? throw new InvalidOperationException($"No seat {seatUrn} exists; add the seat first.");

    /// <summary><c>seatsV2?q=attributes</c>: <c>start</c> is mandatory; the default page is 10.</summary>
    public FinderPage<SeatRecord> QuerySeats(IReadOnlyCollection<string> contracts, IReadOnlyCollection<string> states, int? start, int? count)
    {
        if (start is null)
        {
            throw ResourceRequestException.BadRequest("Query parameter 'start' is mandatory for seatsV2; send start=0 for the first page.");
        }

        ActivityRules.RequireContracts(contracts);
        foreach (var state in states)
        {
            if (!SeatStates.TryParse(state, out _))
            {
                throw ResourceRequestException.BadRequest($"Query parameter 'states' has '{state}'; allowed values are {string.Join(", ", SeatStates.All)}.");
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
        ActivityRules.RequireContracts(contracts);
        lock (_gate)
        {
            var all = _seats.Where(s => contracts.Contains(s.ContractUrn) && (active is null || (s.State == SeatStates.Active) == active)).ToList();
            return FinderPage<SeatRecord>.Of(all, PageRequest.Create(start, count));
        }
    }
}
