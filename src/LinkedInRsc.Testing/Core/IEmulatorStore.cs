namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A store of one resource's data, owned by one emulator instance (see <see cref="EmulatorStores"/>). The store says
/// how it is built, so a new resource needs no shared list of stores: <see cref="EmulatorStores.Get{TStore}"/> calls
/// <see cref="Create"/> the first time the store is asked for.
/// </summary>
/// <typeparam name="TSelf">The store type itself.</typeparam>
internal interface IEmulatorStore<TSelf>
    where TSelf : class, IEmulatorStore<TSelf>
{
    /// <summary>Builds the store for one emulator; ask <paramref name="stores"/> for the stores it depends on.</summary>
    /// <param name="stores">The emulator's stores and clock.</param>
    /// <returns>The new store.</returns>
    static abstract TSelf Create(EmulatorStores stores);
}
