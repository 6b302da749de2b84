using LinkedInRsc.Testing.Resources.Http;

namespace LinkedInRsc.Testing.Core;

/// <summary>Registers the resources' modules with the core (see README-core.md).</summary>
internal static partial class EmulatorModules
{
    static partial void AddResourceModules(EmulatorServices services, List<IEmulatorModule> modules)
    {
        modules.Add(new SyncModule(services));
        modules.Add(new PullModule(services));
        modules.Add(new ResourceControlModule());
    }
}
