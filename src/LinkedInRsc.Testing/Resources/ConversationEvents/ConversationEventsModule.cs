using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Seats;

namespace LinkedInRsc.Testing.Resources.ConversationEvents;

/// <summary>
/// The contract-level (CSA_API-gated) InMail history, <c>conversationEvents?q=criteria</c>, with the control endpoints
/// <c>POST /_emulator/inmails</c> and <c>POST /_emulator/inmails/replies</c>.
/// </summary>
internal sealed class ConversationEventsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly ConversationEventStore _events = services.Stores.Get<ConversationEventStore>();
    private readonly SeatStore _seats = services.Stores.Get<SeatStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("conversationEvents", s => new ConversationEventsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.MapFinder("conversationEvents", "criteria", FindConversationEventsAsync);
        router.MapControl("POST", "inmails", SendInMailAsync);
        router.MapControl("POST", "inmails/replies", ReplyAsync);
    }

    private static JsonObject InMailJson(EmulatedInMail message) => new()
    {
        ["threadUrn"] = message.ThreadUrn,
        ["id"] = message.MessageId,
        ["author"] = message.AuthorUrn,
        ["createdAt"] = message.CreatedAt.ToUnixTimeMilliseconds(),
        ["mailStubCreated"] = message.MailStubCreated,
    };

    private ValueTask<EmulatorResponse> FindConversationEventsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var viewer = context.GetString("viewer");
        if (viewer is not null && EntityRules.IsUrn(viewer, EntityRules.SeatUrnPrefix))
        {
            var seat = _seats.FindSeat(viewer)
                ?? throw LinkedInError.Forbidden($"Not enough permissions to read the InMails of {viewer}: it is not a seat of this customer's contracts.").AsException();
            context.RequireCsa(seat.ContractUrn);
        }

        var (start, count) = context.GetPaging();
        var all = _events.QueryConversationEvents(viewer, context.GetInt64("timeRange", "start"), context.GetInt64("timeRange", "end"), context.GetString("threadUrn"), 0, int.MaxValue);
        return CollectionResponse.Page(context, all.Elements.Select(e => (JsonNode)e.ToJson()).ToList(), start, count);
    });

    private static ValueTask<EmulatorResponse> SendInMailAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
        InMailJson(await context.Emulator.SendInMailAsync(
            ControlUrns.Seat(context, "seat"),
            ControlUrns.Person(context, "member"),
            context.GetString("subject") ?? string.Empty,
            context.GetString("body") ?? string.Empty,
            cancellationToken).ConfigureAwait(false)), 201);

    private static ValueTask<EmulatorResponse> ReplyAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
    {
        var share = context.Body["shareContactDetails"] switch
        {
            null => false,
            JsonValue v when v.TryGetValue(out bool b) => b,
            _ => throw LinkedInError.BadRequest("Property 'shareContactDetails' must be true or false.").AsException(),
        };
        return InMailJson(await context.Emulator.ReplyToInMailAsync(
            context.RequireString("threadUrn"),
            context.GetString("body") ?? string.Empty,
            share,
            context.GetString("emailAddress"),
            context.GetString("phoneNumber"),
            cancellationToken).ConfigureAwait(false));
    }, 201);
}
