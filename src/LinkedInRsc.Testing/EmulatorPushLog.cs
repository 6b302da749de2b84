namespace LinkedInRsc.Testing;

/// <summary>Every push notification the emulator sent, in order, to assert on in tests.</summary>
public sealed class EmulatorPushLog
{
    private readonly object _sync = new();
    private readonly List<EmulatorPush> _pushes = [];
    private readonly List<(Func<EmulatorPush, bool> Predicate, TaskCompletionSource<EmulatorPush> Signal)> _waiters = [];

    internal EmulatorPushLog()
    {
    }

    /// <summary>A snapshot of the pushes sent so far.</summary>
    public IReadOnlyList<EmulatorPush> All
    {
        get
        {
            lock (_sync)
            {
                return _pushes.ToArray();
            }
        }
    }

    /// <summary>Completes with the first push (already sent or sent later) that matches <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition, for example <c>p =&gt; p.EventType == EmulatorPushEventType.ExportCandidateProfile</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The matching push.</returns>
    public Task<EmulatorPush> WaitForAsync(Func<EmulatorPush, bool> predicate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        lock (_sync)
        {
            foreach (EmulatorPush push in _pushes)
            {
                if (predicate(push))
                {
                    return Task.FromResult(push);
                }
            }

            var signal = new TaskCompletionSource<EmulatorPush>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets the recorded pushes (deliveries in progress continue).</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _pushes.Clear();
        }
    }

    internal void Add(EmulatorPush push)
    {
        lock (_sync)
        {
            _pushes.Add(push);
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Predicate(push))
                {
                    _waiters[i].Signal.TrySetResult(push);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
