using System.Globalization;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// The <c>journal</c> part of <see cref="FlatMemoryRun"/>: N requests to the emulator, in-process, with its request
/// journal bounded as by default (<see cref="EmulatorOptions.JournalCapacity"/> entries and
/// <see cref="EmulatorOptions.JournalMaxTotalBodyLength"/> characters of bodies) and its quotas out of the way. Each
/// request is the SDK upserting one candidate, one of the same 100 again and again, so the emulator's own state stays
/// the same size and what could grow is the journal. The run fails when a request failed or the journal holds more
/// than its capacity.
/// </summary>
internal static class JournalFlatMemory
{
    /// <summary>How many distinct candidates the requests cycle through.</summary>
    public const int DistinctCandidates = 100;

    /// <summary>Sends <paramref name="count"/> requests.</summary>
    /// <exception cref="InvalidOperationException">A request failed, or the journal is over its capacity.</exception>
    public static async Task<FlatMemoryResult> MeasureAsync(int count, CancellationToken cancellationToken)
    {
        var options = new EmulatorOptions();
        options.Quotas.RecordsPerMinute = int.MaxValue;
        options.Quotas.RequestsPerDay = int.MaxValue;
        LinkedInRscEmulator emulator = LinkedInRscEmulator.CreateInMemory(options);
        await using (emulator.ConfigureAwait(false))
        {
            await emulator.AddCustomerAsync("acme", AccessLevel.Company, cancellationToken).ConfigureAwait(false);
            var services = new ServiceCollection();
            ILinkedInRscBuilder builder = services.AddLinkedInRsc(o => { }).UseEmulator(emulator);

            // IHttpClientFactory keeps a primary handler (here the emulator, journal and all) alive for its lifetime,
            // 2 minutes by default, after the provider is gone: the next run would start with this run's journal on
            // the heap. An infinite lifetime has no timer, so the handler goes with the provider.
            builder.HttpClientBuilder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            builder.TokenHttpClientBuilder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            services.Configure<QuotaOptions>(q =>
            {
                q.RecordsPerMinute = int.MaxValue;
                q.RequestsPerDay = int.MaxValue;
            });
            ServiceProvider provider = services.BuildServiceProvider();
            await using (provider.ConfigureAwait(false))
            {
                ICustomerClient client = await provider.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme", cancellationToken).ConfigureAwait(false);
                var candidates = Enumerable.Range(0, DistinctCandidates).Select(BatchBodyData.CreateCandidate).ToArray();
                long failed = 0;
                FlatMemoryResult result = await PeakMemory.MeasureAsync(count, async () =>
                {
                    for (int i = 0; i < count; i++)
                    {
                        BatchResult<string> sent = await client.Candidates.UpsertAsync([candidates[i % DistinctCandidates]], cancellationToken).ConfigureAwait(false);
                        if (!sent.IsSuccess)
                        {
                            failed++;
                        }
                    }

                    return count;
                }).ConfigureAwait(false);

                int journaled = emulator.Journal.Entries.Count;
                if (failed != 0 || journaled > options.JournalCapacity)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{count} requests: {failed} failed; the journal holds {journaled} entries (capacity {options.JournalCapacity})."));
                }

                return result;
            }
        }
    }
}
