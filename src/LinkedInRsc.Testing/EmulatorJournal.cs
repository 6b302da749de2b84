namespace LinkedInRsc.Testing;

/// <summary>
/// The request journal: API and OAuth requests in arrival order — the newest <see cref="EmulatorOptions.JournalCapacity"/>,
/// holding at most <see cref="EmulatorOptions.JournalMaxTotalBodyLength"/> characters of request bodies.
/// </summary>
public sealed class EmulatorJournal
{
    private readonly object _sync = new();
    private readonly List<EmulatorJournalEntry> _entries = [];

    private readonly int _capacity;
    private readonly long _maxTotalBodyLength;
    private long _bodyLength;

    internal EmulatorJournal(int capacity, long maxTotalBodyLength = long.MaxValue)
    {
        _capacity = capacity;
        _maxTotalBodyLength = maxTotalBodyLength;
    }

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
            _bodyLength = 0;
        }
    }

    internal void Add(EmulatorJournalEntry entry)
    {
        lock (_sync)
        {
            _entries.Add(entry);
            _bodyLength += entry.Body.Length;
            int drop = 0;
            long kept = _bodyLength;
            while (drop < _entries.Count - 1 && (_entries.Count - drop > _capacity || kept > _maxTotalBodyLength))
            {
                kept -= _entries[drop].Body.Length;
                drop++;
            }

            if (drop > 0)
            {
                _entries.RemoveRange(0, drop);
                _bodyLength = kept;
            }
        }

        EntryAdded?.Invoke(this, entry);
    }
}
