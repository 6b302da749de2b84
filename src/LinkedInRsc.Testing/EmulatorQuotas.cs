namespace LinkedInRsc.Testing;

/// <summary>
/// The quotas the emulator enforces per application. Defaults are LinkedIn's documented RSC limits. Change them on
/// <see cref="EmulatorOptions.Quotas"/> before start, or on <see cref="LinkedInRscEmulator.Quotas"/> at any time (for example
/// lower <see cref="RecordsPerMinute"/> to provoke a 429 in a test).
/// </summary>
public sealed class EmulatorQuotas
{
    private int _maxRecordsPerBatch = 100;
    private int _recordsPerMinute = 10_000;
    private int _requestsPerDay = 100_000;
    private int _sendRetryAfter;

    /// <summary>Records allowed in one batch call; more is answered with 400. Default 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxRecordsPerBatch
    {
        get => Volatile.Read(ref _maxRecordsPerBatch);
        set => Volatile.Write(ref _maxRecordsPerBatch, Positive(value));
    }

    /// <summary>Records an application may write per UTC minute; more is answered with 429. Default 10,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RecordsPerMinute
    {
        get => Volatile.Read(ref _recordsPerMinute);
        set => Volatile.Write(ref _recordsPerMinute, Positive(value));
    }

    /// <summary>API requests an application may send per UTC day; more is answered with 429. Default 100,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int RequestsPerDay
    {
        get => Volatile.Read(ref _requestsPerDay);
        set => Volatile.Write(ref _requestsPerDay, Positive(value));
    }

    /// <summary>
    /// Whether a 429 for an exhausted quota carries a <c>Retry-After</c> header with the seconds until the quota's
    /// window resets (the next UTC minute, or midnight UTC). LinkedIn does not document the header but may send it;
    /// default <see langword="false"/>.
    /// </summary>
    public bool SendRetryAfter
    {
        get => Volatile.Read(ref _sendRetryAfter) != 0;
        set => Volatile.Write(ref _sendRetryAfter, value ? 1 : 0);
    }

    internal void CopyFrom(EmulatorQuotas other)
    {
        SendRetryAfter = other.SendRetryAfter;
        MaxRecordsPerBatch = other.MaxRecordsPerBatch;
        RecordsPerMinute = other.RecordsPerMinute;
        RequestsPerDay = other.RequestsPerDay;
    }

    private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, name);
        return value;
    }
}
