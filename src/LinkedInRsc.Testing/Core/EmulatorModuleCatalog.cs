namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The resource modules every emulator is built with. Each resource folder adds its own module from a
/// <c>[ModuleInitializer]</c> method (see docs/emulator.md, "How to add a resource"), so adding a resource edits no
/// shared file, and nothing scans assemblies by reflection (the package is trimming- and AOT-safe). Every emulator
/// created afterwards builds one instance of each module, in name order.
/// </summary>
internal static class EmulatorModuleCatalog
{
    /// <summary>
    /// Why the resource folders use <c>[ModuleInitializer]</c> although CA2255 advises against it in libraries: it is the
    /// one reflection-free way for a folder to add itself to a list without a shared file listing every folder. The
    /// initializers only append a name and a factory to this catalog: no I/O, no other type's state, no dependence on the
    /// order in which the runtime runs them.
    /// </summary>
    public const string ModuleInitializerJustification =
        "Self-registration of an emulator resource folder: appends a factory to EmulatorModuleCatalog, nothing else (see docs/emulator.md).";

    private static readonly object s_gate = new();
    private static readonly List<EmulatorModuleRegistration> s_registrations = [];

    /// <summary>The modules added so far, by name (ordinal).</summary>
    public static IReadOnlyList<EmulatorModuleRegistration> Registrations
    {
        get
        {
            lock (s_gate)
            {
                return s_registrations.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
            }
        }
    }

    /// <summary>
    /// Adds a module to every emulator created from now on. A duplicate name is reported when the next emulator is
    /// built, not here: this runs in module initializers, where an exception would surface as an opaque
    /// <see cref="TypeInitializationException"/>.
    /// </summary>
    /// <param name="name">A unique module name, e.g. the resource's name.</param>
    /// <param name="create">Builds the module for one emulator.</param>
    public static void Add(string name, Func<EmulatorServices, IEmulatorModule> create)
    {
        lock (s_gate)
        {
            s_registrations.Add(new EmulatorModuleRegistration(name, create));
        }
    }
}
