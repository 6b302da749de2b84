using LinkedInRsc.Sync;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// The sync engine's progress as a bar, written as each report arrives (not posted to another thread like
/// <see cref="Progress{T}"/>, so the bar never trails the report printed after the run).
/// </summary>
internal sealed class SyncProgressBar(Narrator narrator, long total) : IProgress<SyncProgress>
{
    public int Reports { get; private set; }

    public void Report(SyncProgress value)
    {
        Reports++;
        narrator.Bar(value.Synced + value.Skipped + value.Failed, total, $"records ({value.Stage}: {value.Synced} synced, {value.Skipped} skipped, {value.Failed} failed)");
    }
}
