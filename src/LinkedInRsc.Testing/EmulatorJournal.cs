namespace LinkedInRsc.Testing;

/// <summary>
/// The request journal: API and OAuth requests in arrival order (the newest <see cref="EmulatorOptions.JournalCapacity"/>).
/// </summary>
public sealed class EmulatorJournal
{
    private readonly object _sync = new();
    private readonly List<EmulatorJournalEntry> _entries = [];

    private readonly int _capacity;

    internal EmulatorJournal(int capacity) => _capacity = capacity;

    /// <summary>Raised after each entry is recorded (on the thread that processed the request).</summary>
    public event EventHandler<EmulatorJournalEntry>? EntryAdded;

    /// <summary>A snapshot of the entries.</summary>
    public IReadOnlyList<EmulatorJournalEntry> Entries
    {
        get
        {
            lock (_sync)
            {
                return _entries.ToArray();
            }
        }
    }

    /// <summary>The entries whose path starts with <paramref name="pathPrefix"/> (ignoring case).</summary>
    /// <param name="pathPrefix">For example <c>/v2/atsCandidates</c>.</param>
    /// <returns>The matching entries, in order.</returns>
    public IReadOnlyList<EmulatorJournalEntry> For(string pathPrefix)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        return Entries.Where(e => e.Path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
        }
    }

    internal void Add(EmulatorJournalEntry entry)
    {
        lock (_sync)
        {
            if (_entries.Count == _capacity)
            {
                _entries.RemoveAt(0);
            }

            _entries.Add(entry);
        }

        EntryAdded?.Invoke(this, entry);
    }
}
