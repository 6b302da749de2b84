using System.Collections.Concurrent;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Tests.Modules.Probes;

/// <summary>The data of the test-only <c>emulatorProbes</c> resource: named values, one set per emulator.</summary>
internal sealed class ProbeStore : IEmulatorStore<ProbeStore>
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public static ProbeStore Create(EmulatorStores stores) => new();

    public void Set(string name, string value) => _values[name] = value;

    public string? Find(string name) => _values.GetValueOrDefault(name);
}
