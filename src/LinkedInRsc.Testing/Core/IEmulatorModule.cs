namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A module of the emulator (the core's provisioning and integrations, the resources engineer's sync and pull
/// resources). It registers its routes once, when the emulator is built.
/// </summary>
internal interface IEmulatorModule
{
    /// <summary>Registers the module's API and control routes.</summary>
    void Register(EmulatorRouter router);
}
