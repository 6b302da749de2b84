namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The modules one emulator is built from: the core's (provisioning, integrations, control endpoints), which the
/// emulator itself needs, then every resource module of the <see cref="EmulatorModuleCatalog"/>.
/// </summary>
internal static class EmulatorModules
{
    /// <summary>
    /// All modules with their names, core first, each built for this emulator: the core's, then one per registration
    /// (<see cref="EmulatorModuleCatalog.Registrations"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">Two modules have the same name.</exception>
    public static IReadOnlyList<(string Name, IEmulatorModule Module)> Create(
        EmulatorServices services, ProvisioningModule provisioning, TenantAdmin admin, IReadOnlyList<EmulatorModuleRegistration> registrations)
    {
        var modules = new List<(string Name, IEmulatorModule Module)>
        {
            ("core.provisionedApplications", provisioning),
            ("core.atsIntegrations", new AtsIntegrationsModule(services)),
            ("core.control", new ControlModule(services, admin)),
        };
        var names = new HashSet<string>(modules.Select(m => m.Name), StringComparer.Ordinal);
        foreach (EmulatorModuleRegistration registration in registrations)
        {
            if (!names.Add(registration.Name))
            {
                throw new InvalidOperationException($"Two emulator modules are named '{registration.Name}'; give each resource module its own name.");
            }

            modules.Add((registration.Name, registration.Create(services)));
        }

        return modules;
    }
}
