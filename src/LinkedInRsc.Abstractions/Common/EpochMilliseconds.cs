namespace LinkedInRsc;

/// <summary>
/// LinkedIn timestamps are UTC epoch milliseconds. The models expose them as <see cref="DateTimeOffset"/>; this is the
/// conversion the SDK applies on the wire (sub-millisecond precision is truncated, the offset is normalised to UTC).
/// </summary>
public static class EpochMilliseconds
{
    /// <summary>Converts a timestamp to epoch milliseconds.</summary>
    /// <param name="value">The timestamp.</param>
    /// <returns>The milliseconds since 1970-01-01T00:00:00Z.</returns>
    public static long ToEpochMilliseconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    /// <summary>Converts epoch milliseconds to a UTC timestamp.</summary>
    /// <param name="milliseconds">The milliseconds since 1970-01-01T00:00:00Z.</param>
    /// <returns>The timestamp.</returns>
    public static DateTimeOffset FromEpochMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
