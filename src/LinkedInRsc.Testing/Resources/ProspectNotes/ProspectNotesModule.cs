using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.ProspectNotes;

/// <summary>
/// The contract-level (CSA_API-gated) notes history, <c>prospectNotes?q=criteria</c>, with the control endpoints
/// <c>POST /_emulator/prospectNotes</c> and <c>PUT</c>/<c>DELETE /_emulator/prospectNotes/{noteId}</c>.
/// </summary>
internal sealed class ProspectNotesModule(EmulatorServices services) : IEmulatorModule
{
    private readonly ProspectNoteStore _notes = services.Stores.Get<ProspectNoteStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("prospectNotes", s => new ProspectNotesModule(s));

    public void Register(EmulatorRouter router)
    {
        router.MapFinder("prospectNotes", "criteria", FindProspectNotesAsync);
        router.MapControl("POST", "prospectNotes", WriteNoteAsync);
        router.MapControl("PUT", "prospectNotes/{noteId}", EditNoteAsync);
        router.MapControl("DELETE", "prospectNotes/{noteId}", DeleteNoteAsync);
    }

    private static JsonObject NoteJson(EmulatedProspectNote note) => new()
    {
        ["id"] = note.Id,
        ["contract"] = note.ContractUrn.ToString(),
        ["owner"] = note.OwnerSeatUrn.ToString(),
        ["member"] = note.MemberUrn.ToString(),
        ["lastModified"] = note.LastModifiedAt.ToUnixTimeMilliseconds(),
        ["active"] = note.IsActive,
    };

    private static long NoteId(ControlContext context) =>
        long.TryParse(context.Route("noteId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw LinkedInError.BadRequest("The note id must be an integer.").AsException();

    private ValueTask<EmulatorResponse> FindProspectNotesAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var contract = CsaParameters.RequireContract(context);
        var (start, count) = context.GetPaging();
        var all = _notes.QueryProspectNotes(contract, context.GetStrings("owners"), context.GetInt64("beforeDate"), context.GetInt64("cutoffDate"), 0, int.MaxValue);
        return CollectionResponse.Page(context, all.Elements.Select(n => (JsonNode)n.ToJson()).ToList(), start, count);
    });

    private static ValueTask<EmulatorResponse> WriteNoteAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
        NoteJson(await context.Emulator.WriteProspectNoteAsync(ControlUrns.Seat(context, "seat"), ControlUrns.Person(context, "member"), context.RequireString("note"), cancellationToken).ConfigureAwait(false)), 201);

    private static ValueTask<EmulatorResponse> EditNoteAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
        NoteJson(await context.Emulator.EditProspectNoteAsync(NoteId(context), context.RequireString("note"), cancellationToken).ConfigureAwait(false)));

    private static ValueTask<EmulatorResponse> DeleteNoteAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
        NoteJson(await context.Emulator.DeleteProspectNoteAsync(NoteId(context), cancellationToken).ConfigureAwait(false)));
}
