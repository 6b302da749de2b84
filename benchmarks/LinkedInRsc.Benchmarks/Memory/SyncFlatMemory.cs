using System.Globalization;
using System.Runtime.CompilerServices;
using LinkedInRsc.Authentication;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// The <c>sync</c> part of <see cref="FlatMemoryRun"/>: streams N candidates (no applications) from an
/// <see cref="IAsyncEnumerable{T}"/> through the sync engine (built by <c>AddLinkedInRsc</c>, quotas out of the way)
/// into <see cref="EchoLinkedInHandler"/>.
/// </summary>
internal static class SyncFlatMemory
{
    private static readonly Uri Origin = new("https://api.linkedin.example/");
    private static readonly Uri TokenEndpoint = new("https://www.linkedin.example/oauth/v2/accessToken");

    /// <summary>One streamed sync of <paramref name="count"/> candidates.</summary>
    /// <exception cref="InvalidOperationException">Not every candidate was synced and answered.</exception>
    public static async Task<FlatMemoryResult> MeasureAsync(int count, CancellationToken cancellationToken)
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

            SyncReport? report = null;
            FlatMemoryResult result = await PeakMemory.MeasureAsync(count, async () =>
            {
                report = await engine.SyncAsync(new SyncRequest { SyncId = "flat-" + count.ToString(CultureInfo.InvariantCulture), Candidates = Stream(count, cancellationToken) }, cancellationToken: cancellationToken).ConfigureAwait(false);
                return report.Requests;
            }).ConfigureAwait(false);
            if (report!.Totals.Synced != count || linkedIn.Keys != count)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{count} candidates streamed, {report.Totals} synced, {linkedIn.Keys} answered."));
            }

            return result;
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
