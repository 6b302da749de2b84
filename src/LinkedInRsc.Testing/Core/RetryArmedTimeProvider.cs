namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A <see cref="TimeProvider"/> passing everything to the emulator's clock and reporting each timer it creates
/// (Polly's retry delay) with its due time.
/// </summary>
internal sealed class RetryArmedTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly Action<TimeSpan> _armed;

    public RetryArmedTimeProvider(TimeProvider inner, Action<TimeSpan> armed)
    {
        _inner = inner;
        _armed = armed;
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => _inner.TimestampFrequency;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    /// <inheritdoc />
    public override long GetTimestamp() => _inner.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = _inner.CreateTimer(callback, state, dueTime, period);
        _armed(dueTime);
        return timer;
    }
}
