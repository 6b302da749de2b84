using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LinkedInRsc.Sync;

/// <summary>The <see cref="Meter"/> and <see cref="ActivitySource"/> named <c>LinkedInRsc</c> the sync engine reports to. Tags are low-cardinality; never customer data.</summary>
internal static class SyncTelemetry
{
    public const string Name = Telemetry.SdkTelemetry.Name;

    public static readonly ActivitySource Source = Telemetry.SdkTelemetry.Source;

    public static readonly Meter Meter = Telemetry.SdkTelemetry.Meter;

    /// <summary>Records handled, tagged <c>kind</c> and <c>outcome</c> (synced, skipped, failed).</summary>
    public static readonly Counter<long> Records = Meter.CreateCounter<long>("linkedinrsc.sync.records", "{record}", "Records handled by the sync engine, by kind and outcome.");

    /// <summary>Requests sent, tagged <c>kind</c>.</summary>
    public static readonly Counter<long> Batches = Meter.CreateCounter<long>("linkedinrsc.sync.batches", "{batch}", "Batch requests sent by the sync engine.");

    /// <summary>Waits, tagged <c>cause</c> (quota or 429).</summary>
    public static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>("linkedinrsc.sync.rate_limit_waits", "{wait}", "Times the sync engine waited for quota or after a 429.");
}
