namespace LinkedInRsc.Testing.Core;

/// <summary>A module in the <see cref="EmulatorModuleCatalog"/>: its name and how to build it for one emulator.</summary>
/// <param name="Name">A unique name, shown when two modules map the same route.</param>
/// <param name="Create">Builds the module for one emulator instance.</param>
internal sealed record EmulatorModuleRegistration(string Name, Func<EmulatorServices, IEmulatorModule> Create);
