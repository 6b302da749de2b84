using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.MailStubs;

/// <summary>The contract-level (CSA_API-gated) stub profiles, <c>mailStubs?q=contract</c>.</summary>
internal sealed class MailStubsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly MailStubStore _stubs = services.Stores.Get<MailStubStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("mailStubs", s => new MailStubsModule(s));

    public void Register(EmulatorRouter router) => router.MapFinder("mailStubs", "contract", FindMailStubsAsync);

    private ValueTask<EmulatorResponse> FindMailStubsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var contract = CsaParameters.RequireContract(context);
        var (start, count) = context.GetPaging();
        var all = _stubs.QueryMailStubs(contract, context.GetStrings("owners"), context.GetInt64("createdDateStart"), context.GetInt64("createdDateEnd"), 0, int.MaxValue);
        return CollectionResponse.Page(context, all.Elements.Select(s => (JsonNode)s.ToJson()).ToList(), start, count);
    });
}
