using System.Net;

namespace LinkedInRsc.Testing;

/// <summary>
/// Fault injection: make requests to a route fail with a status (with or without <c>Retry-After</c>), wait, hang,
/// drop the connection, or return a malformed, truncated or empty body — before the request is processed, or after
/// (the work is done, the answer lost). A fault hits the next matching requests, or a seeded random fraction of them.
/// Faults are tried in the order they were added; the first that fires wins.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _sync = new();
    private readonly List<Entry> _entries = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _delayWaiters = [];
    private int _delaysStarted;

    internal EmulatorFaults()
    {
    }

    /// <summary>The faults not yet used up, with their remaining counts.</summary>
    public IReadOnlyList<EmulatorFault> Pending
    {
        get
        {
            lock (_sync)
            {
                return _entries.Select(e => e.Fault with { Count = e.Remaining }).ToArray();
            }
        }
    }

    /// <summary>Adds a fault.</summary>
    /// <param name="fault">The fault.</param>
    /// <exception cref="ArgumentException">
    /// The path does not start with <c>/</c>, the count is not positive, the status is not 4xx/5xx, the delay or
    /// <c>Retry-After</c> is negative, the probability is outside 0–1, or a truncated body is asked for before processing.
    /// </exception>
    public void Add(EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (string.IsNullOrEmpty(fault.Path) || fault.Path[0] != '/')
        {
            throw new ArgumentException($"Fault path '{fault.Path}' must be an absolute path such as /v2/atsCandidates.", nameof(fault));
        }

        if (fault.Count < 1)
        {
            throw new ArgumentException($"Fault count must be at least 1 (was {fault.Count}).", nameof(fault));
        }

        if (fault.Kind == EmulatorFaultKind.Status && (int)fault.StatusCode is < 400 or > 599)
        {
            throw new ArgumentException($"Fault status {(int)fault.StatusCode} must be a 4xx or 5xx status.", nameof(fault));
        }

        if (!Enum.IsDefined(fault.Kind))
        {
            throw new ArgumentException($"Fault kind {(int)fault.Kind} is not one of {string.Join(", ", Enum.GetNames<EmulatorFaultKind>())}.", nameof(fault));
        }

        if (fault.Delay < TimeSpan.Zero)
        {
            throw new ArgumentException("Fault delay must not be negative.", nameof(fault));
        }

        if (fault.RetryAfter is { } retryAfter && retryAfter < TimeSpan.Zero)
        {
            throw new ArgumentException("Fault Retry-After must not be negative.", nameof(fault));
        }

        if (fault.Probability is { } p && (double.IsNaN(p) || p < 0 || p > 1))
        {
            throw new ArgumentException($"Fault probability {p} must be between 0 and 1.", nameof(fault));
        }

        if (fault.Kind == EmulatorFaultKind.TruncatedBody && !fault.AfterProcessing)
        {
            throw new ArgumentException("A TruncatedBody fault cuts the real answer: set AfterProcessing.", nameof(fault));
        }

        lock (_sync)
        {
            _entries.Add(new Entry(fault) { Remaining = fault.Count });
        }
    }

    /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> fail with <paramref name="statusCode"/>.</summary>
    /// <param name="path">The path prefix, e.g. <c>/v2/atsCandidates</c>.</param>
    /// <param name="statusCode">A 4xx or 5xx status.</param>
    /// <param name="count">How many requests.</param>
    /// <param name="method">The HTTP method to match, or null for any.</param>
    public void FailNext(string path, HttpStatusCode statusCode, int count = 1, HttpMethod? method = null) =>
        Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = path, StatusCode = statusCode, Count = count, Method = method });

    /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> wait <paramref name="delay"/> on the emulator's clock before being processed.</summary>
    /// <param name="path">The path prefix.</param>
    /// <param name="delay">The wait.</param>
    /// <param name="count">How many requests.</param>
    /// <param name="method">The HTTP method to match, or null for any.</param>
    public void DelayNext(string path, TimeSpan delay, int count = 1, HttpMethod? method = null) =>
        Add(new EmulatorFault { Kind = EmulatorFaultKind.Delay, Path = path, Delay = delay, Count = count, Method = method });

    /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> have their connection dropped.</summary>
    /// <param name="path">The path prefix.</param>
    /// <param name="count">How many requests.</param>
    /// <param name="method">The HTTP method to match, or null for any.</param>
    public void DropNext(string path, int count = 1, HttpMethod? method = null) =>
        Add(new EmulatorFault { Kind = EmulatorFaultKind.DropConnection, Path = path, Count = count, Method = method });

    /// <summary>The next <paramref name="count"/> requests to <paramref name="path"/> get a 200 with a malformed JSON body.</summary>
    /// <param name="path">The path prefix.</param>
    /// <param name="count">How many requests.</param>
    /// <param name="method">The HTTP method to match, or null for any.</param>
    public void MalformNext(string path, int count = 1, HttpMethod? method = null) =>
        Add(new EmulatorFault { Kind = EmulatorFaultKind.MalformedBody, Path = path, Count = count, Method = method });

    /// <summary>
    /// The next <paramref name="count"/> requests to <paramref name="path"/> get no answer (<see cref="EmulatorFaultKind.Timeout"/>):
    /// held until the client gives up, then dropped.
    /// </summary>
    /// <param name="path">The path prefix.</param>
    /// <param name="count">How many requests.</param>
    /// <param name="afterProcessing">Whether the requests are processed before they hang.</param>
    /// <param name="method">The HTTP method to match, or null for any.</param>
    public void TimeoutNext(string path, int count = 1, bool afterProcessing = false, HttpMethod? method = null) =>
        Add(new EmulatorFault { Kind = EmulatorFaultKind.Timeout, Path = path, Count = count, AfterProcessing = afterProcessing, Method = method });

    /// <summary>
    /// Completes once <paramref name="count"/> requests in total have started waiting on a
    /// <see cref="EmulatorFaultKind.Delay"/> or <see cref="EmulatorFaultKind.Timeout"/> fault (their timer is armed on
    /// the emulator's clock): await it before advancing a fake clock, so the advance is not lost.
    /// </summary>
    /// <param name="count">How many delayed requests since the emulator started.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task completing when the condition holds.</returns>
    public Task WaitForDelayedRequestsAsync(int count = 1, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            if (_delaysStarted >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _delayWaiters.Add((count, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Removes every pending fault.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
        }
    }

    /// <summary>Records that a delayed request's timer is armed.</summary>
    internal void DelayStarted()
    {
        lock (_sync)
        {
            _delaysStarted++;
            for (int i = _delayWaiters.Count - 1; i >= 0; i--)
            {
                if (_delaysStarted >= _delayWaiters[i].Count)
                {
                    _delayWaiters[i].Signal.TrySetResult();
                    _delayWaiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Consumes and returns the first fault that fires for the request, or null.</summary>
    internal EmulatorFault? Take(string method, string path)
    {
        lock (_sync)
        {
            for (int i = 0; i < _entries.Count; i++)
            {
                Entry entry = _entries[i];
                if (Matches(entry.Fault, method, path) && entry.Fires())
                {
                    entry.Remaining--;
                    if (entry.Remaining == 0)
                    {
                        _entries.RemoveAt(i);
                    }

                    return entry.Fault;
                }
            }
        }

        return null;
    }

    private static bool Matches(EmulatorFault fault, string method, string path)
    {
        if (fault.Method is not null && !string.Equals(fault.Method.Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string prefix = fault.Path.TrimEnd('/');
        if (!path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return path.Length == prefix.Length || path[prefix.Length] == '/' || prefix.Length == 0;
    }

    private sealed class Entry(EmulatorFault fault)
    {
        private readonly Random? _random = fault.Probability is null ? null : new Random(fault.Seed);

        public EmulatorFault Fault { get; } = fault;

        public int Remaining { get; set; }

        /// <summary>Whether the fault fires for one more matching request (always, unless it is a random one).</summary>
        public bool Fires() => _random is null || _random.NextDouble() < Fault.Probability;
    }
}
