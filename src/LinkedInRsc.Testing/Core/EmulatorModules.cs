namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The modules an emulator is built from: the core's (provisioning, integrations, control endpoints) and the
/// resources' (added by implementing <see cref="AddResourceModules"/> in another file of this partial class).
/// </summary>
internal static partial class EmulatorModules
{
    /// <summary>All modules, core first.</summary>
    public static List<IEmulatorModule> Create(EmulatorServices services, ProvisioningModule provisioning, TenantAdmin admin)
    {
        var modules = new List<IEmulatorModule>
        {
            provisioning,
            new AtsIntegrationsModule(services),
            new ControlModule(services, admin),
        };
        AddResourceModules(services, modules);
        return modules;
    }

    /// <summary>Implemented by the resources' part of the emulator: add its modules to <paramref name="modules"/>.</summary>
    static partial void AddResourceModules(EmulatorServices services, List<IEmulatorModule> modules);
}
