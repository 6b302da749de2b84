using System.Globalization;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>Counts of a recruiter-activity round, for one stream or in total.</summary>
public sealed record RecruiterActivityCounts
{
    /// <summary>Items handed to the sinks (or placed in the talent pool and synced back).</summary>
    public long Delivered { get; init; }

    /// <summary>Items read but deliberately not delivered: a duplicate within the round, or a stub the talent-pool handler declined.</summary>
    public long Skipped { get; init; }

    /// <summary>Items read but not delivered because of a failure; they are read again next round.</summary>
    public long Failed { get; init; }

    /// <summary>Counts only.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Delivered} delivered, {Skipped} skipped, {Failed} failed");
}
