using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LinkedInRsc.Sdk.Tests.Telemetry;

/// <summary>What the <c>LinkedInRsc</c> meter and activity source emitted while it was alive, as an OpenTelemetry SDK would see it.</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public TelemetryCapture()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "LinkedInRsc")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "LinkedInRsc",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
    }

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    public IReadOnlyList<Activity> Activities => [.. _stopped];

    /// <summary>The measurements of one instrument.</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>Every tag value of every measurement and activity, as text: what could leak to a telemetry backend.</summary>
    public IEnumerable<string> AllTagValues() =>
        _measurements.SelectMany(m => m.Tags.Values).Concat(_stopped.SelectMany(a => a.TagObjects.Select(t => t.Value)).Concat(_stopped.Select(a => (object?)a.DisplayName)))
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }

    internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
    {
        public object? this[string tag] => Tags.GetValueOrDefault(tag);
    }
}
