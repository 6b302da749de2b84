using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Seats;

/// <summary>
/// The contract-level (CSA_API-gated) seat finders <c>seatsV2?q=attributes</c> and the legacy
/// <c>seats?q=seatsByAttributes</c>, with the control endpoint <c>POST /_emulator/seats</c>.
/// </summary>
internal sealed class SeatsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly SeatStore _seats = services.Stores.Get<SeatStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("seats", s => new SeatsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.MapFinder("seatsV2", "attributes", FindSeatsAsync);
        router.MapFinder("seats", "seatsByAttributes", FindLegacySeatsAsync);
        router.MapControl("POST", "seats", AddSeatAsync);
    }

    private ValueTask<EmulatorResponse> FindSeatsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var (start, count) = context.GetPaging(startRequired: true);
        var contracts = CsaParameters.RequireContracts(context, "contracts");
        var all = _seats.QuerySeats(contracts, context.GetStrings("states"), 0, int.MaxValue);
        return CollectionResponse.Page(context, all.Elements.Select(s => (JsonNode)s.ToJsonV2()).ToList(), start, count);
    });

    private ValueTask<EmulatorResponse> FindLegacySeatsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var (start, count) = context.GetPaging();
        var contracts = CsaParameters.RequireContracts(context, "contracts");
        bool? active = context.GetString("active") switch
        {
            null => null,
            "true" => true,
            "false" => false,
            var other => throw LinkedInError.BadRequest($"Query parameter 'active' must be true or false, was '{other}'.").AsException(),
        };
        var all = _seats.QueryLegacySeats(contracts, active, 0, int.MaxValue);
        return CollectionResponse.Page(context, all.Elements.Select(s => (JsonNode)s.ToJsonLegacy()).ToList(), start, count);
    });

    private static ValueTask<EmulatorResponse> AddSeatAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
    {
        var roles = ControlScript.Strings(context, "seatRoles");
        var state = context.GetString("state") ?? SeatStates.Active;
        var seat = await context.Emulator.AddSeatAsync(
            ControlUrns.Contract(context, "contract"),
            ControlUrns.Person(context, "member"),
            context.RequireString("firstName"),
            context.RequireString("lastName"),
            SeatStates.TryParse(state, out var parsed) ? parsed : throw new ArgumentException($"A seat state must be one of {string.Join(", ", SeatStates.All)}."),
            roles.Length == 0 ? null : roles,
            context.GetInt64("seatId") is { } seatId ? ControlUrns.FromId<SeatUrn, long>(seatId, SeatUrn.FromId, "seatId") : null,
            cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["seat"] = seat.SeatUrn.ToString(), ["contract"] = seat.ContractUrn.ToString(), ["member"] = seat.MemberUrn.ToString(), ["state"] = SeatStates.WireValue(seat.State) };
    }, 201);
}
