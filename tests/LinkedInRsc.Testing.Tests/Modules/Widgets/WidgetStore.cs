using System.Collections.Concurrent;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Tests.Modules.Widgets;

/// <summary>docs/emulator.md's example resource, built and served by <c>EmulatorDocsTests</c>: widgets per contract.</summary>
// snippet: emulator-widgets-store
internal sealed class WidgetStore : IEmulatorStore<WidgetStore>
{
    private readonly ConcurrentDictionary<string, List<string>> _byContract = new();

    public static WidgetStore Create(EmulatorStores stores) => new();   // stores.Get<SeatStore>(), stores.Time if needed

    public void Add(string contractUrn, string widget) => _byContract.GetOrAdd(contractUrn, _ => []).Add(widget);

    public IReadOnlyList<string> For(string contractUrn) => _byContract.GetValueOrDefault(contractUrn) ?? [];
}
// end snippet
