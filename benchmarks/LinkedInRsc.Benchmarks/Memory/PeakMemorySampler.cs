namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// Samples the managed heap (<see cref="GC.GetTotalMemory(bool)"/>, without collecting) on its own thread every
/// millisecond and keeps the highest value, until disposed.
/// </summary>
public sealed class PeakMemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    /// <summary>Starts sampling.</summary>
    public PeakMemorySampler()
    {
        _peak = GC.GetTotalMemory(false);
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak-memory" };
        _thread.Start();
    }

    /// <summary>The highest heap size sampled, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <summary>Stops sampling, taking one last sample.</summary>
    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (true)
        {
            long now = GC.GetTotalMemory(false);
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            if (_stop)
            {
                return;
            }

            Thread.Sleep(1);
        }
    }
}
