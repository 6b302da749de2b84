using System.Globalization;
using BenchmarkDotNet.Attributes;
using LinkedInRsc.Authentication;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>
/// Issue #14 item 4: a sync of <see cref="Candidates"/> candidates, each with one application, streamed through the
/// SDK's sync engine (built by <c>AddLinkedInRsc</c>, quotas out of the way) to <see cref="LoopbackLinkedIn"/> over
/// real HTTP on the loopback interface, against <see cref="HandWrittenBatcher"/> sending the same requests over a plain
/// <see cref="HttpClient"/>. One operation is the whole sync: records per second = 2 × <see cref="Candidates"/> / time.
/// The count comes from <c>LINKEDINRSC_BENCHMARK_SYNC_CANDIDATES</c> (default 100,000), so that CI's dry run can use a small one.
/// </summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class SyncThroughputBenchmarks : IAsyncDisposable
{
    /// <summary>The environment variable that sets <see cref="Candidates"/>.</summary>
    public const string CandidatesVariable = "LINKEDINRSC_BENCHMARK_SYNC_CANDIDATES";

    private LoopbackLinkedIn? _server;
    private ServiceProvider? _services;
    private ISyncEngine? _engine;
    private HttpClient? _http;
    private HandWrittenBatcher? _handWritten;
    private int _runs;

    /// <summary>How many candidates one sync streams (each with one application).</summary>
    [ParamsSource(nameof(CandidateCounts))]
    public int Candidates { get; set; } = 100_000;

    /// <summary>The candidate counts to run: <see cref="CandidatesVariable"/>, or 100,000.</summary>
    /// <returns>One count.</returns>
    public static IEnumerable<int> CandidateCounts() =>
        [int.TryParse(Environment.GetEnvironmentVariable(CandidatesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0 ? count : 100_000];

    internal LoopbackLinkedIn Server => _server ?? throw new InvalidOperationException("Not set up.");

    /// <summary>Starts the loopback server, builds the SDK's engine for one customer and the hand-written client.</summary>
    /// <returns>When both are ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await LoopbackLinkedIn.StartAsync().ConfigureAwait(false);
        var apiBase = new Uri(_server.BaseAddress, "v2/");
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o =>
        {
            o.BaseAddress = _server.BaseAddress; // the SDK adds v2/
            o.TokenEndpoint = new Uri(_server.BaseAddress, LoopbackLinkedIn.TokenPath);
            o.ClientId = "partner";
            o.ClientSecret = "partner-secret";
        });

        // Quotas out of the way: this measures the engine and the client, not LinkedIn's limits.
        services.Configure<QuotaOptions>(q =>
        {
            q.RecordsPerMinute = int.MaxValue;
            q.RequestsPerDay = int.MaxValue;
        });
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<ICustomerDirectory>().SaveAsync(new Customer
        {
            CustomerId = "acme",
            Credentials = new ClientCredentials("acme-child", "acme-secret"),
            Organization = OrganizationUrn.Parse(BatchBodyData.Organization),
            Contracts = [new RecruiterContract(ContractUrn.FromId(1001), AccessLevel.Company)],
        }).ConfigureAwait(false);
        ICustomerClient client = await _services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme").ConfigureAwait(false);

        // The applications have no stages (each stage history is one request per application): nothing is prospect-only.
        _engine = _services.GetRequiredService<ISyncEngineFactory>().Create(client, prospects: NothingProspectOnly.Instance);
        _http = new HttpClient { BaseAddress = apiBase };
        _handWritten = new HandWrittenBatcher(_http, "loopback-token", BatchBodyData.Organization, SyncOptions.MaxBatchSize);

        // Warm both (token, connections, JIT) with one batch each.
        await SdkSyncAsync(SyncOptions.MaxBatchSize).ConfigureAwait(false);
        await HandWrittenSyncAsync(SyncOptions.MaxBatchSize).ConfigureAwait(false);
    }

    /// <summary>Stops the server and disposes the clients.</summary>
    /// <returns>When done.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync() => await DisposeAsync().ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        _http = null;
        if (_services is not null)
        {
            await _services.DisposeAsync().ConfigureAwait(false);
            _services = null;
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
            _server = null;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Baseline: the hand-written batcher.</summary>
    /// <returns>How many records LinkedIn accepted.</returns>
    [Benchmark(Baseline = true, Description = "hand-written batcher")]
    public Task<long> HandWrittenSyncAsync() => HandWrittenSyncAsync(Candidates);

    /// <summary>The SDK's sync engine.</summary>
    /// <returns>How many records were synced.</returns>
    [Benchmark(Description = "SDK sync engine")]
    public Task<long> SdkSyncAsync() => SdkSyncAsync(Candidates);

    internal async Task<long> HandWrittenSyncAsync(int candidates) =>
        await _handWritten!.SyncAsync(SyncThroughputData.Stream(candidates)).ConfigureAwait(false);

    internal async Task<long> SdkSyncAsync(int candidates)
    {
        string syncId = "throughput-" + Interlocked.Increment(ref _runs).ToString(CultureInfo.InvariantCulture);
        SyncReport report = await _engine!.SyncAsync(new SyncRequest { SyncId = syncId, Candidates = SyncThroughputData.Stream(candidates) }).ConfigureAwait(false);
        return report.Totals.Synced;
    }
}
