using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using LinkedInRsc.Customers;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.RestLi;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Clients;

/// <summary><c>seatsV2</c> (legacy <c>seats</c>), <c>conversationEvents</c>, <c>prospectNotes</c> and <c>mailStubs</c> for one customer.</summary>
internal sealed class RecruiterActivityClient(RestLiClient restLi, ICustomerClient owner, RecruiterActivityQuotas quotas, IOptions<RecruiterActivityOptions> options)
    : IRecruiterActivityClient
{
    internal const string SeatsResource = "seatsV2";
    internal const string LegacySeatsResource = "seats";
    internal const string ConversationEventsResource = "conversationEvents";
    internal const string ProspectNotesResource = "prospectNotes";
    internal const string MailStubsResource = "mailStubs";

    private long _requests;

    private Customer Customer => owner.Customer;

    /// <summary>Read when a page is asked for, so that bad settings fail a read (naming them), not the creation of the customer's client.</summary>
    private int PageSize => options.Value.PageSize;

    /// <summary>Requests this client sent.</summary>
    internal long Requests => Interlocked.Read(ref _requests);

    public IAsyncEnumerable<Seat> ListSeatsAsync(ContractUrn contract, IReadOnlyCollection<SeatState>? states = null, CancellationToken cancellationToken = default)
    {
        string contractText = RequireContract(contract, Features.RecruiterSeats, nameof(contract));
        SeatState[] wanted = [.. (states ?? []).Where(s => !s.IsEmpty).Distinct()];
        var parameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal) { ["contracts"] = RestLiValue.ListOf(contractText) };
        if (wanted.Length > 0)
        {
            parameters["states"] = RestLiValue.ListOf(wanted.Select(s => s.Value));
        }

        return SeatsWithFallbackAsync(RestLiRequest.Finder(SeatsResource, "attributes", parameters), contract, wanted, cancellationToken);
    }

    public IAsyncEnumerable<Seat> ListLegacySeatsAsync(ContractUrn contract, bool? active = null, CancellationToken cancellationToken = default)
    {
        string contractText = RequireContract(contract, Features.RecruiterSeats, nameof(contract));
        return PagesAsync(LegacyFinder(contractText, active), null, e => ActivityJson.ReadSeat(e, contract), null, cancellationToken);
    }

    public IAsyncEnumerable<ConversationEvent> ListConversationEventsAsync(SeatUrn viewer, DateTimeOffset startTime, DateTimeOffset endTime, string? threadUrn = null, CancellationToken cancellationToken = default)
    {
        owner.EnsureAllowed(Features.InMailHistory);
        RequireSeat(viewer, nameof(viewer));
        TimeWindow.Require(startTime, endTime, nameof(startTime), nameof(endTime));
        if (threadUrn is not null && string.IsNullOrWhiteSpace(threadUrn))
        {
            throw new ArgumentException("A thread URN, when given, must not be empty (urn:li:messagingThread:{id}).", nameof(threadUrn));
        }

        return WindowsAsync(startTime, endTime, w =>
        {
            var parameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal)
            {
                ["viewer"] = viewer.ToString(),
                ["timeRange"] = RestLiValue.RecordOf(("start", Millis(w.Start)), ("end", Millis(w.End))),
            };
            if (threadUrn is not null)
            {
                parameters["threadUrn"] = threadUrn;
            }

            return PagesAsync(RestLiRequest.Finder(ConversationEventsResource, "criteria", parameters), viewer, e => ActivityJson.ReadConversationEvent(e, viewer), null, cancellationToken);
        });
    }

    public IAsyncEnumerable<ProspectNote> ListProspectNotesAsync(ContractUrn contract, IReadOnlyCollection<SeatUrn>? owners, DateTimeOffset startTime, DateTimeOffset endTime, CancellationToken cancellationToken = default)
    {
        string contractText = RequireContract(contract, Features.NotesHistory, nameof(contract));
        SeatUrn[] seats = Owners(owners, nameof(owners));
        TimeWindow.Require(startTime, endTime, nameof(startTime), nameof(endTime));
        return WindowsAsync(startTime, endTime, w =>
        {
            var parameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal)
            {
                ["contract"] = contractText,
                ["cutoffDate"] = Millis(w.Start),

                // beforeDate is inclusive on LinkedIn: one millisecond less keeps consecutive windows apart.
                ["beforeDate"] = RestLiValue.FromInt64(w.End.ToUnixTimeMilliseconds() - 1),
            };
            AddOwners(parameters, seats);
            return PagesAsync(RestLiRequest.Finder(ProspectNotesResource, "criteria", parameters), SeatScope(seats), ActivityJson.ReadProspectNote, null, cancellationToken);
        });
    }

    public IAsyncEnumerable<MailStub> ListMailStubsAsync(ContractUrn contract, IReadOnlyCollection<SeatUrn>? owners, DateTimeOffset? startTime, DateTimeOffset? endTime, CancellationToken cancellationToken = default)
    {
        string contractText = RequireContract(contract, Features.InMailStubProfiles, nameof(contract));
        SeatUrn[] seats = Owners(owners, nameof(owners));
        if (startTime.HasValue != endTime.HasValue)
        {
            throw new ArgumentException("Give both ends of the creation range, or neither (all time).", startTime.HasValue ? nameof(endTime) : nameof(startTime));
        }

        RestLiRequest Finder(TimeWindow? w)
        {
            var parameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal) { ["contract"] = contractText };
            AddOwners(parameters, seats);
            if (w is { } window)
            {
                parameters["createdDateStart"] = Millis(window.Start);
                parameters["createdDateEnd"] = Millis(window.End);
            }

            return RestLiRequest.Finder(MailStubsResource, "contract", parameters);
        }

        if (startTime is not { } from || endTime is not { } to)
        {
            return PagesAsync(Finder(null), SeatScope(seats), ActivityJson.ReadMailStub, null, cancellationToken);
        }

        TimeWindow.Require(from, to, nameof(startTime), nameof(endTime));
        return WindowsAsync(from, to, w => PagesAsync(Finder(w), SeatScope(seats), ActivityJson.ReadMailStub, null, cancellationToken));
    }

    private static RestLiValue Millis(DateTimeOffset time) => RestLiValue.FromInt64(time.ToUnixTimeMilliseconds());

    private static SeatUrn? SeatScope(SeatUrn[] seats) => seats.Length == 1 ? seats[0] : null;

    private static void AddOwners(Dictionary<string, RestLiValue> parameters, SeatUrn[] seats)
    {
        if (seats.Length > 0)
        {
            parameters["owners"] = RestLiValue.ListOf(seats.Select(s => s.ToString()));
        }
    }

    private static RestLiRequest LegacyFinder(string contract, bool? active)
    {
        var parameters = new Dictionary<string, RestLiValue>(StringComparer.Ordinal) { ["contracts"] = RestLiValue.ListOf(contract) };
        if (active is { } a)
        {
            parameters["active"] = RestLiValue.FromBoolean(a);
        }

        return RestLiRequest.Finder(LegacySeatsResource, "seatsByAttributes", parameters);
    }

    private static void RequireSeat(SeatUrn seat, string name)
    {
        if (seat == default)
        {
            throw new ArgumentException("A seat URN is required (urn:li:seat:{id}); list the contract's seats to find it.", name);
        }
    }

    private static SeatUrn[] Owners(IReadOnlyCollection<SeatUrn>? owners, string name)
    {
        SeatUrn[] seats = [.. (owners ?? []).Distinct()];
        if (seats.Any(s => s == default))
        {
            throw new ArgumentException("Every owner must be a seat URN (urn:li:seat:{id}); one is empty.", name);
        }

        return seats;
    }

    /// <summary>The gate, then the contract check: one of the customer's contract-level contracts.</summary>
    private string RequireContract(ContractUrn contract, Features feature, string name)
    {
        owner.EnsureAllowed(feature);
        if (contract == default)
        {
            throw new ArgumentException("A contract URN is required (urn:li:contract:{id}).", name);
        }

        if (!Customer.Contracts.Any(c => c.Urn == contract && c.AccessLevel == AccessLevel.Contract))
        {
            throw new ArgumentException(
                $"{contract} is not a contract-level contract of customer '{Customer.CustomerId}': pass one of its contracts whose LinkedIn admin enabled contract-level access (CSA_API).",
                name);
        }

        return contract.ToString();
    }

    private static async IAsyncEnumerable<T> WindowsAsync<T>(DateTimeOffset startTime, DateTimeOffset endTime, Func<TimeWindow, IAsyncEnumerable<T>> read)
    {
        foreach (TimeWindow window in TimeWindow.Split(startTime, endTime, TimeWindow.MaxLength))
        {
            await foreach (T item in read(window).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<Seat> SeatsWithFallbackAsync(RestLiRequest finder, ContractUrn contract, SeatState[] states, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RestLiPage? first;
        try
        {
            first = await FetchPageAsync(finder, 0, null, cancellationToken).ConfigureAwait(false);
        }
        catch (LinkedInRscException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            first = null;
        }

        if (first is not null)
        {
            await foreach (Seat seat in PagesAsync(finder, null, e => ActivityJson.ReadSeat(e, contract), first, cancellationToken).ConfigureAwait(false))
            {
                yield return seat;
            }

            yield break;
        }

        // seatsV2 is not there for this application: the legacy finder knows active and inactive only.
        bool? active = states.Length == 0 ? null
            : states.All(s => s == SeatState.Active) ? true
            : states.Contains(SeatState.Active) ? null
            : false;
        await foreach (Seat seat in PagesAsync(LegacyFinder(contract.ToString(), active), null, e => ActivityJson.ReadSeat(e, contract), null, cancellationToken).ConfigureAwait(false))
        {
            if (states.Length == 0 || states.Contains(seat.State))
            {
                yield return seat;
            }
        }
    }

    /// <summary>Streams a finder page by page, taking quota before each page; <paramref name="first"/> is a page already read.</summary>
    private async IAsyncEnumerable<T> PagesAsync<T>(RestLiRequest finder, SeatUrn? seat, Func<JsonElement, T?> read, RestLiPage? first, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        int start = 0;
        RestLiPage page = first ?? await FetchPageAsync(finder, start, seat, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            foreach (JsonElement element in page.Elements)
            {
                if (read(element) is { } item)
                {
                    yield return item;
                }
            }

            RestLiPaging paging = page.Paging ?? new RestLiPaging { Start = start, Count = PageSize };
            if (page.Elements.Count == 0 || !paging.HasMore(page.Elements.Count))
            {
                yield break;
            }

            start = paging.Start + page.Elements.Count;
            page = await FetchPageAsync(finder, start, seat, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RestLiPage> FetchPageAsync(RestLiRequest finder, int start, SeatUrn? seat, CancellationToken cancellationToken)
    {
        await quotas.AcquireAsync(Customer, seat, cancellationToken).ConfigureAwait(false);
        var parameters = new Dictionary<string, RestLiValue>(finder.QueryParameters, StringComparer.Ordinal)
        {
            ["start"] = RestLiValue.FromInt64(start),
            ["count"] = RestLiValue.FromInt64(PageSize),
        };
        Interlocked.Increment(ref _requests);
        RestLiResponse response = await restLi.SendAsync(finder with { QueryParameters = parameters, Credentials = Customer.Credentials }, cancellationToken).ConfigureAwait(false);
        return response.ReadPage();
    }
}
