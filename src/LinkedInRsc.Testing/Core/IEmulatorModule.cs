namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A module of the emulator: the core's provisioning, integrations and control endpoints, and one module per resource
/// folder (added to the <see cref="EmulatorModuleCatalog"/>). Each emulator builds its own instance, which maps its
/// routes once, when the emulator is built.
/// </summary>
internal interface IEmulatorModule
{
    /// <summary>Registers the module's API and control routes.</summary>
    void Register(EmulatorRouter router);
}
