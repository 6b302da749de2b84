using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using LinkedInRsc.Authentication;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// Issue #14 item 5, a console mode of the benchmarks (<c>--flat-memory [counts…]</c>), not a BenchmarkDotNet job:
/// streams N candidates (no applications) from an <see cref="IAsyncEnumerable{T}"/> through the sync engine (built by
/// <c>AddLinkedInRsc</c>, quotas out of the way) into <see cref="EchoLinkedInHandler"/>, and reports the peak managed
/// heap of each run. Memory is flat when the largest run's peak is at most 1.2× the smallest's.
/// </summary>
public static class FlatMemoryRun
{
    /// <summary>The largest ratio of peaks (largest run / smallest run) that counts as flat.</summary>
    public const double FlatRatio = 1.2;

    private static readonly Uri Origin = new("https://api.linkedin.example/");
    private static readonly Uri TokenEndpoint = new("https://www.linkedin.example/oauth/v2/accessToken");

    /// <summary>Runs one sync per count, smallest first, and writes a table and the verdict.</summary>
    /// <param name="counts">The numbers of candidates.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="cancellationToken">Cancels the runs.</param>
    /// <returns>The results, in the order run.</returns>
    public static async Task<IReadOnlyList<FlatMemoryResult>> RunAsync(IReadOnlyList<int> counts, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var results = new List<FlatMemoryResult>();
        foreach (int count in counts.Order())
        {
            FlatMemoryResult result = await MeasureAsync(count, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"| {result.Candidates,9:N0} | {result.Requests,8:N0} | {result.PeakBytes / 1048576.0,8:F1} MB | {result.RetainedBytes / 1048576.0,8:F2} MB | {result.Elapsed.TotalSeconds,6:F1} s |")).ConfigureAwait(false);
        }

        if (results.Count > 1)
        {
            double ratio = (double)results[^1].PeakBytes / results[0].PeakBytes;
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"peak {results[^1].Candidates:N0} / {results[0].Candidates:N0} = {ratio:F2} (flat: <= {FlatRatio}) {(ratio <= FlatRatio ? "met" : "MISSED")}")).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>One streamed sync of <paramref name="count"/> candidates.</summary>
    /// <param name="count">How many candidates.</param>
    /// <param name="cancellationToken">Cancels the sync.</param>
    /// <returns>What it cost.</returns>
    /// <exception cref="InvalidOperationException">Not every candidate was synced and answered.</exception>
    public static async Task<FlatMemoryResult> MeasureAsync(int count, CancellationToken cancellationToken = default)
    {
        using var linkedIn = new EchoLinkedInHandler(TokenEndpoint.AbsolutePath);
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o =>
            {
                o.BaseAddress = Origin; // the SDK adds v2/
                o.TokenEndpoint = TokenEndpoint;
                o.ClientId = "partner";
                o.ClientSecret = "partner-secret";
            })
            .HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => linkedIn);
        services.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => linkedIn);

        // Quotas out of the way: this measures the engine's memory, not LinkedIn's limits.
        services.Configure<QuotaOptions>(q =>
        {
            q.RecordsPerMinute = int.MaxValue;
            q.RequestsPerDay = int.MaxValue;
        });
        ServiceProvider provider = services.BuildServiceProvider();
        await using (provider.ConfigureAwait(false))
        {
            await provider.GetRequiredService<ICustomerDirectory>().SaveAsync(
                new Customer
                {
                    CustomerId = "acme",
                    Credentials = new ClientCredentials("acme-child", "acme-secret"),
                    Organization = OrganizationUrn.Parse(BatchBodyData.Organization),
                    Contracts = [new RecruiterContract(ContractUrn.FromId(1001), AccessLevel.Company)],
                },
                cancellationToken).ConfigureAwait(false);
            ICustomerClient client = await provider.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme", cancellationToken).ConfigureAwait(false);
            // Candidates only (no applications, whose stages go one request each): the Prospect rule would skip them all.
            ISyncEngine engine = provider.GetRequiredService<ISyncEngineFactory>().Create(client, prospects: NothingProspectOnly.Instance);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            SyncReport report;
            long peak;
            using (var sampler = new PeakMemorySampler())
            {
                report = await engine.SyncAsync(new SyncRequest { SyncId = "flat-" + count.ToString(CultureInfo.InvariantCulture), Candidates = Stream(count, cancellationToken) }, cancellationToken: cancellationToken).ConfigureAwait(false);
                peak = sampler.Peak;
            }

            clock.Stop();
            if (report.Totals.Synced != count || linkedIn.Keys != count)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{count} candidates streamed, {report.Totals} synced, {linkedIn.Keys} answered."));
            }

            long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            GC.KeepAlive(report);
            return new FlatMemoryResult(count, peak - before, retained, report.Requests, clock.Elapsed);
        }
    }

    /// <summary>Makes each candidate only when the engine asks for it: nothing of the input is held here.</summary>
    private static async IAsyncEnumerable<CandidateRecord> Stream(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new CandidateRecord { Candidate = BatchBodyData.CreateCandidate(i) };
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
