using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Tests.Modules.Probes;

/// <summary>
/// A resource that exists only in this test assembly, added the way every resource folder of the emulator adds itself
/// (a module initializer appending to the catalog), to prove a new resource needs no edit of a shared file:
/// <c>GET /v2/emulatorProbes/{name}</c> (customer token) answers a value set with <c>PUT /_emulator/probes/{name}</c>.
/// </summary>
internal sealed class ProbeModule(EmulatorServices services) : IEmulatorModule
{
    public const string Resource = "emulatorProbes";

    private readonly ProbeStore _probes = services.Stores.Get<ProbeStore>();

    [ModuleInitializer]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("tests.emulatorProbes", s => new ProbeModule(s));

    public void Register(EmulatorRouter router)
    {
        router.Map(Resource, RestLiMethod.Get, GetAsync);
        router.MapControl("PUT", "probes/{name}", SetAsync);
    }

    private ValueTask<EmulatorResponse> GetAsync(RequestContext context, CancellationToken cancellationToken)
    {
        string name = context.Key!.AsString();
        string value = _probes.Find(name) ?? throw LinkedInError.NotFound($"No probe '{name}'.").AsException();
        return ValueTask.FromResult(EmulatorResponse.Ok(new JsonObject
        {
            ["name"] = name,
            ["value"] = value,
            ["organization"] = context.Customer.OrganizationUrn,
        }));
    }

    private ValueTask<EmulatorResponse> SetAsync(ControlContext context, CancellationToken cancellationToken)
    {
        _probes.Set(context.Route("name"), context.RequireString("value"));
        return ValueTask.FromResult(EmulatorResponse.Empty());
    }
}
