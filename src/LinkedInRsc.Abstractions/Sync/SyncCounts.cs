using System.Globalization;

namespace LinkedInRsc.Sync;

/// <summary>Counts of a sync run, for one kind of record or in total.</summary>
public sealed record SyncCounts
{
    /// <summary>Records read from the input.</summary>
    public long Input { get; init; }

    /// <summary>Records LinkedIn acknowledged.</summary>
    public long Synced { get; init; }

    /// <summary>Records deliberately not sent.</summary>
    public long Skipped { get; init; }

    /// <summary>Records invalid or refused.</summary>
    public long Failed { get; init; }

    /// <summary>Counts only.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Input} input: {Synced} synced, {Skipped} skipped, {Failed} failed");
}
