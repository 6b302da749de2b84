using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Exports;

/// <summary>
/// The company-level pull resources of 1-Click Export: <c>exportedCandidates?q=request</c> and
/// <c>atsPurgedExportedCandidates</c>, with the control endpoints <c>POST /_emulator/exports</c> and
/// <c>POST /_emulator/members/{memberUrn}/close</c>.
/// </summary>
internal sealed class ExportsModule(EmulatorServices services) : IEmulatorModule
{
    /// <summary>The finder name the emulator serves for purged exported candidates (UNCONFIRMED; see docs/emulator.md).</summary>
    public const string PurgedFinder = "integrationContext";

    private readonly ExportStore _exports = services.Stores.Get<ExportStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("exportedCandidates", s => new ExportsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.MapFinder("exportedCandidates", "request", FindExportAsync);
        router.MapFinder("atsPurgedExportedCandidates", PurgedFinder, FindPurgedAsync);
        router.MapControl("POST", "exports", ExportAsync);
        router.MapControl("POST", "members/{memberUrn}/close", CloseMemberAsync);
    }

    private ValueTask<EmulatorResponse> FindExportAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var requestId = context.RequireString("requestId");
        var exports = _exports.FindByRequest(requestId);
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
        var all = _exports.QueryPurged(integrationContext, 0, int.MaxValue);
        return CollectionResponse.Page(context, all.Elements.Select(p => (JsonNode)p.ToJson()).ToList(), start, count);
    });

    private static ValueTask<EmulatorResponse> ExportAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
    {
        var emails = ControlScript.Strings(context, "emailAddresses");
        var export = await context.Emulator.ExportCandidateAsync(
            context.RequireString("customerId"),
            ControlUrns.Person(context, "member"),
            context.RequireString("externalJobPostingId"),
            ControlUrns.OptionalSeat(context, "seat"),
            emails,
            cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["requestId"] = export.RequestId, ["integrationContext"] = export.OrganizationUrn.ToString(), ["pushId"] = export.Push.Id };
    }, 201);

    private static ValueTask<EmulatorResponse> CloseMemberAsync(ControlContext context, CancellationToken cancellationToken) => ControlScript.RunAsync(async () =>
    {
        var text = Uri.UnescapeDataString(context.Route("memberUrn"));
        var member = PersonUrn.TryParse(text, out var urn) ? urn : throw LinkedInError.BadRequest($"'{text}' in the path must be a person URN (urn:li:person:{{id}}).").AsException();
        var organizations = await context.Emulator.CloseMemberProfileAsync(member, cancellationToken).ConfigureAwait(false);
        return new JsonObject { ["purgedFor"] = new JsonArray(organizations.Select(o => (JsonNode?)JsonValue.Create(o.ToString())).ToArray()) };
    });
}
