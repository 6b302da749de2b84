namespace LinkedInRsc.RecruiterActivity;

/// <summary>A half-open time window [<see cref="Start"/>, <see cref="End"/>) of a recruiter-activity read.</summary>
internal readonly record struct TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The widest window LinkedIn answers for the recruiter-activity finders.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(12);

    /// <summary>Consecutive windows of at most <paramref name="length"/> covering [start, end), oldest first.</summary>
    public static IEnumerable<TimeWindow> Split(DateTimeOffset start, DateTimeOffset end, TimeSpan length)
    {
        for (DateTimeOffset from = start; from < end; from += length)
        {
            DateTimeOffset to = end - from > length ? from + length : end;
            yield return new TimeWindow(from, to);
        }
    }

    /// <summary>Throws unless [start, end) is a non-empty range after 1970, naming the parameters.</summary>
    public static void Require(DateTimeOffset start, DateTimeOffset end, string startName, string endName)
    {
        if (start.ToUnixTimeMilliseconds() <= 0)
        {
            throw new ArgumentOutOfRangeException(startName, start, "The range must start after 1970-01-01 (LinkedIn takes epoch milliseconds greater than 0).");
        }

        if (end.ToUnixTimeMilliseconds() <= start.ToUnixTimeMilliseconds())
        {
            throw new ArgumentException($"The range is empty: '{endName}' must be at least one millisecond after '{startName}'.", endName);
        }
    }
}
