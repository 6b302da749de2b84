namespace LinkedInRsc.Testing;

/// <summary>
/// A push notification the emulator sent (or tried to send) to a customer's callback URL, as LinkedIn would: a JSON
/// POST signed with the customer's child-application secret in <c>X-LI-Signature</c>.
/// </summary>
public sealed class EmulatorPush
{
    private readonly object _sync = new();
    private readonly List<EmulatorPushAttempt> _attempts = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private readonly TaskCompletionSource<EmulatorPushState> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EmulatorPushAttempt? _staged;

    internal EmulatorPush(string id, EmulatorPushEventType eventType, string customerId, string? requestId, Uri? callbackUrl, string body, string signature)
    {
        Id = id;
        EventType = eventType;
        CustomerId = customerId;
        RequestId = requestId;
        CallbackUrl = callbackUrl;
        Body = body;
        Signature = signature;
    }

    /// <summary>The notification id carried in the body (for de-duplication).</summary>
    public string Id { get; }

    /// <summary>What the push announces: an export or an integration status change.</summary>
    public EmulatorPushEventType EventType { get; }

    /// <summary>The customer's id (<c>uniqueForeignId</c>).</summary>
    public string CustomerId { get; }

    /// <summary>The request id the receiver passes to the follow-up GET (<c>?q=request&amp;requestId=</c>).</summary>
    public string? RequestId { get; }

    /// <summary>The callback URL, or null when the customer had none configured.</summary>
    public Uri? CallbackUrl { get; }

    /// <summary>The exact JSON body sent.</summary>
    public string Body { get; }

    /// <summary>The <c>X-LI-Signature</c> header value sent: <c>hmacsha256=</c> + hex HMAC-SHA256 of <see cref="Body"/>.</summary>
    public string Signature { get; }

    /// <summary>The current state.</summary>
    public EmulatorPushState State => _completion.Task.IsCompleted ? _completion.Task.Result : EmulatorPushState.Pending;

    /// <summary>The attempts made so far.</summary>
    public IReadOnlyList<EmulatorPushAttempt> Attempts
    {
        get
        {
            lock (_sync)
            {
                return _attempts.ToArray();
            }
        }
    }

    /// <summary>Completes when the push is delivered or given up.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The final state.</returns>
    public Task<EmulatorPushState> WaitForCompletionAsync(CancellationToken cancellationToken = default) =>
        _completion.Task.WaitAsync(cancellationToken);

    /// <summary>
    /// Completes once at least <paramref name="count"/> attempts were made (or the push completed). A failed attempt
    /// is published only once its retry is scheduled on the emulator's clock, so a test can await it and then advance a
    /// fake clock by <see cref="EmulatorPushAttempt.NextAttemptAt"/> to release the next attempt.
    /// </summary>
    /// <param name="count">The number of attempts to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task completing when the condition holds.</returns>
    public Task WaitForAttemptsAsync(int count, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            if (_attempts.Count >= count || _completion.Task.IsCompleted)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Shows id, type and state; the body is not shown.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"EmulatorPush {{ Id = {Id}, EventType = {EventType}, CustomerId = {CustomerId}, State = {State}, Attempts = {Attempts.Count} }}";

    internal void AddAttempt(EmulatorPushAttempt attempt)
    {
        lock (_sync)
        {
            _attempts.Add(attempt);
            ReleaseWaiters(all: false);
        }
    }

    internal void StageFailure(EmulatorPushAttempt attempt)
    {
        lock (_sync)
        {
            _staged = attempt;
        }
    }

    internal void PublishStaged(DateTimeOffset? nextAttemptAt)
    {
        lock (_sync)
        {
            if (_staged is not null)
            {
                _attempts.Add(_staged with { NextAttemptAt = nextAttemptAt });
                _staged = null;
                ReleaseWaiters(all: false);
            }
        }
    }

    internal void Complete(EmulatorPushState state)
    {
        lock (_sync)
        {
            if (_staged is not null)
            {
                _attempts.Add(_staged);
                _staged = null;
            }

            _completion.TrySetResult(state);
            ReleaseWaiters(all: true);
        }
    }

    private void ReleaseWaiters(bool all)
    {
        for (int i = _waiters.Count - 1; i >= 0; i--)
        {
            if (all || _attempts.Count >= _waiters[i].Count)
            {
                _waiters[i].Signal.TrySetResult();
                _waiters.RemoveAt(i);
            }
        }
    }
}
