using System.Globalization;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Http;

/// <summary>
/// The LinkedIn → ATS pull resources over HTTP: <c>exportedCandidates?q=request</c> and
/// <c>atsPurgedExportedCandidates</c> (company level), and the contract-level (CSA_API-gated) <c>seatsV2</c>,
/// <c>seats</c>, <c>conversationEvents</c>, <c>prospectNotes</c> and <c>mailStubs</c> finders.
/// </summary>
internal sealed class PullModule(EmulatorServices services) : IEmulatorModule
{
    /// <summary>The finder name the emulator serves for purged exported candidates (UNCONFIRMED; see docs/emulator.md).</summary>
    public const string PurgedFinder = "integrationContext";

    private readonly ResourceState _state = ResourceHttp.StateOf(services);

    public void Register(EmulatorRouter router)
    {
        router.MapFinder("exportedCandidates", "request", FindExportAsync);
        router.MapFinder("atsPurgedExportedCandidates", PurgedFinder, FindPurgedAsync);
        router.MapFinder("seatsV2", "attributes", FindSeatsAsync);
        router.MapFinder("seats", "seatsByAttributes", FindLegacySeatsAsync);
        router.MapFinder("conversationEvents", "criteria", FindConversationEventsAsync);
        router.MapFinder("prospectNotes", "criteria", FindProspectNotesAsync);
        router.MapFinder("mailStubs", "contract", FindMailStubsAsync);
    }

    private static List<JsonNode> Json<T>(FinderPage<T> page, Func<T, JsonObject> toJson) => page.Elements.Select(e => (JsonNode)toJson(e)).ToList();

    private ValueTask<EmulatorResponse> FindExportAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var requestId = context.RequireString("requestId");
        var exports = _state.Exports.FindByRequest(requestId);
        if (exports.Count == 0)
        {
            throw LinkedInError.NotFound($"No exported candidate with requestId '{requestId}'.").AsException();
        }

        context.RequireOrganization(exports[0].IntegrationContext);
        return CollectionResponse.All(context, exports.Select(e => (JsonNode)e.ToJson()).ToList());
    });

    private ValueTask<EmulatorResponse> FindPurgedAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var integrationContext = context.RequireString("integrationContext");
        context.RequireOrganization(integrationContext);
        var (start, count) = context.GetPaging();
        var all = _state.Exports.QueryPurged(integrationContext, 0, int.MaxValue);
        return CollectionResponse.Page(context, Json(all, p => p.ToJson()), start, count);
    });

    private ValueTask<EmulatorResponse> FindSeatsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var (start, count) = context.GetPaging(startRequired: true);
        var contracts = RequireContracts(context, "contracts");
        var all = _state.Activity.QuerySeats(contracts, context.GetStrings("states"), 0, int.MaxValue);
        return CollectionResponse.Page(context, Json(all, s => s.ToJsonV2()), start, count);
    });

    private ValueTask<EmulatorResponse> FindLegacySeatsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var (start, count) = context.GetPaging();
        var contracts = RequireContracts(context, "contracts");
        bool? active = context.GetString("active") switch
        {
            null => null,
            "true" => true,
            "false" => false,
            var other => throw LinkedInError.BadRequest($"Query parameter 'active' must be true or false, was '{other}'.").AsException(),
        };
        var all = _state.Activity.QueryLegacySeats(contracts, active, 0, int.MaxValue);
        return CollectionResponse.Page(context, Json(all, s => s.ToJsonLegacy()), start, count);
    });

    private ValueTask<EmulatorResponse> FindConversationEventsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var viewer = context.GetString("viewer");
        if (viewer is not null && EntityRules.IsUrn(viewer, EntityRules.SeatUrnPrefix))
        {
            var seat = _state.Activity.FindSeat(viewer)
                ?? throw LinkedInError.Forbidden($"Not enough permissions to read the InMails of {viewer}: it is not a seat of this customer's contracts.").AsException();
            context.RequireCsa(seat.ContractUrn);
        }

        var (start, count) = context.GetPaging();
        var all = _state.Activity.QueryConversationEvents(viewer, context.GetInt64("timeRange", "start"), context.GetInt64("timeRange", "end"), context.GetString("threadUrn"), 0, int.MaxValue);
        return CollectionResponse.Page(context, Json(all, e => e.ToJson()), start, count);
    });

    private ValueTask<EmulatorResponse> FindProspectNotesAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var contract = RequireContract(context);
        var (start, count) = context.GetPaging();
        var all = _state.Activity.QueryProspectNotes(contract, context.GetStrings("owners"), context.GetInt64("beforeDate"), context.GetInt64("cutoffDate"), 0, int.MaxValue);
        return CollectionResponse.Page(context, Json(all, n => n.ToJson()), start, count);
    });

    private ValueTask<EmulatorResponse> FindMailStubsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var contract = RequireContract(context);
        var (start, count) = context.GetPaging();
        var all = _state.Activity.QueryMailStubs(contract, context.GetStrings("owners"), context.GetInt64("createdDateStart"), context.GetInt64("createdDateEnd"), 0, int.MaxValue);
        return CollectionResponse.Page(context, Json(all, s => s.ToJson()), start, count);
    });

    /// <summary>The mandatory <c>contract</c> parameter, gated by the CSA check.</summary>
    private static string RequireContract(RequestContext context)
    {
        var contract = context.GetString("contract");
        if (string.IsNullOrEmpty(contract))
        {
            throw LinkedInError.BadRequest("Query parameter 'contract' is required: the contract URN (urn:li:contract:{id}).").AsException();
        }

        context.RequireCsa(contract);
        return contract;
    }

    private static List<string> RequireContracts(RequestContext context, string name)
    {
        var contracts = context.GetStrings(name).ToList();
        if (contracts.Count == 0)
        {
            throw LinkedInError.BadRequest(string.Create(CultureInfo.InvariantCulture, $"Query parameter '{name}' is required: one or more contract URNs (urn:li:contract:{{id}}).")).AsException();
        }

        foreach (var contract in contracts)
        {
            context.RequireCsa(contract);
        }

        return contracts;
    }
}
