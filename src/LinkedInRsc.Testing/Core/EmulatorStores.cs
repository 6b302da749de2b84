namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The resources' data of one emulator instance: one store per type, built on first use (by the store's own
/// <see cref="IEmulatorStore{TSelf}.Create"/>) and owned by this instance, so two emulators never share data and
/// nothing outlives the emulator. Modules and the public scripted actions reach a store through
/// <see cref="Get{TStore}"/>; no reflection is involved.
/// </summary>
internal sealed class EmulatorStores
{
    private readonly object _gate = new();
    private readonly Dictionary<Type, object> _stores = [];
    private readonly HashSet<Type> _building = [];

    public EmulatorStores(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
    }

    /// <summary>The emulator's clock, for stores whose data is time-driven.</summary>
    public TimeProvider Time { get; }

    /// <summary>The store of type <typeparamref name="TStore"/>, built on first use.</summary>
    /// <typeparam name="TStore">The store type.</typeparam>
    /// <returns>This emulator's only instance of the store.</returns>
    /// <exception cref="InvalidOperationException">Stores depend on each other in a cycle.</exception>
    public TStore Get<TStore>()
        where TStore : class, IEmulatorStore<TStore>
    {
        lock (_gate)
        {
            if (_stores.TryGetValue(typeof(TStore), out object? existing))
            {
                return (TStore)existing;
            }

            if (!_building.Add(typeof(TStore)))
            {
                throw new InvalidOperationException($"The emulator's stores depend on each other in a cycle through {typeof(TStore).Name}.");
            }

            try
            {
                TStore store = TStore.Create(this);
                _stores[typeof(TStore)] = store;
                return store;
            }
            finally
            {
                _building.Remove(typeof(TStore));
            }
        }
    }
}
