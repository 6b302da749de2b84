using System.Threading.Channels;

namespace LinkedInRsc.Tests.Support;

/// <summary>
/// The one-shot waits of at most a given length that code starts on a <see cref="TestClock"/>, in order (a poll, a
/// backoff, a 429 delay). Longer timers (the HTTP pipeline's timeouts) and periodic ones (a quota window) are not
/// waits to follow.
/// </summary>
public sealed class ShortWaits : IDisposable
{
    private readonly TestClock _time;
    private readonly TimeSpan _longest;
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>Starts recording.</summary>
    /// <param name="time">The clock.</param>
    /// <param name="longest">The longest wait that counts.</param>
    public ShortWaits(TestClock time, TimeSpan longest)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _longest = longest;
        time.TimerCreated += OnTimer;
    }

    /// <summary>The length of the next wait started (already started ones first).</summary>
    /// <returns>The wait's length.</returns>
    public Task<TimeSpan> NextAsync() => _waits.Reader.ReadAsync(CancellationToken.None).AsTask();

    /// <summary>Takes the next wait started, if one was.</summary>
    /// <param name="wait">The wait's length.</param>
    /// <returns>Whether one was started.</returns>
    public bool TryNext(out TimeSpan wait) => _waits.Reader.TryRead(out wait);

    /// <inheritdoc />
    public void Dispose() => _time.TimerCreated -= OnTimer;

    private void OnTimer(TimeSpan due, TimeSpan period)
    {
        if (period == Timeout.InfiniteTimeSpan && due > TimeSpan.Zero && due <= _longest)
        {
            _waits.Writer.TryWrite(due);
        }
    }
}
