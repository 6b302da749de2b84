using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources;

namespace LinkedInRsc.Testing.Tests.Modules.Widgets;

/// <summary>docs/emulator.md's example module, built and served by <c>EmulatorDocsTests</c>.</summary>
// snippet: emulator-widgets-module
internal sealed class WidgetsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly WidgetStore _widgets = services.Stores.Get<WidgetStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("widgets", s => new WidgetsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.MapFinder("widgets", "contract", FindAsync);           // GET /v2/widgets?q=contract&contract=…
        router.MapControl("POST", "widgets", AddAsync);                // POST /_emulator/widgets {"contract","widget"}
    }

    private ValueTask<EmulatorResponse> FindAsync(RequestContext context, CancellationToken cancellationToken)
    {
        string contract = CsaParameters.RequireContract(context);     // 400 without it, 403 unless CSA_API is enabled
        var (start, count) = context.GetPaging();
        var all = _widgets.For(contract).Select(w => (JsonNode)new JsonObject { ["name"] = w }).ToList();
        return ValueTask.FromResult(CollectionResponse.Page(context, all, start, count));
    }

    private ValueTask<EmulatorResponse> AddAsync(ControlContext context, CancellationToken cancellationToken)
    {
        _widgets.Add(context.RequireString("contract"), context.RequireString("widget"));
        return ValueTask.FromResult(EmulatorResponse.Empty(201));
    }
}
// end snippet
