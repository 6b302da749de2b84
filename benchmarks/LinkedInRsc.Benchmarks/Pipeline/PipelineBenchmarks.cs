using BenchmarkDotNet.Attributes;
using LinkedInRsc.Authentication;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Benchmarks.RestLi;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.RestLi;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Benchmarks.Pipeline;

/// <summary>
/// One 100-candidate upsert through the whole SDK — the customer client built by <c>AddLinkedInRsc</c>, validation,
/// the Rest.li request and its tunneling, the standard resilience handler, the bearer-token handler (token cached after
/// the first call), the batch reader and the per-entity results — into an in-memory <see cref="LinkedInLikeHandler"/>,
/// against the same request written by hand over an <see cref="HttpClient"/> with source-generated JSON. The handler is
/// shared: disposing an <see cref="HttpMessageHandler"/> subclass that holds nothing leaves it working.
/// </summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class PipelineBenchmarks : IDisposable
{
    private static readonly Uri Origin = new("https://api.linkedin.example/");
    private static readonly Uri ApiBase = new(Origin, "v2/");
    private static readonly Uri TokenEndpoint = new("https://www.linkedin.example/oauth/v2/accessToken");

    private readonly AtsCandidate[] _candidates = BatchBodyData.CreateCandidates();
    private readonly PlainCandidate[] _plain;
    private readonly CandidateKeyData[] _keys;
    private readonly LinkedInLikeHandler _linkedIn;
    private ServiceProvider? _services;
    private ICustomerClient? _sdk;
    private HttpClient? _http;
    private HandWrittenUpsert? _handWritten;

    /// <summary>Builds the input and LinkedIn's answer once.</summary>
    public PipelineBenchmarks()
    {
        _plain = [.. _candidates.Select(BatchBodyData.ToPlain)];
        _keys = [.. _candidates.Select(static c => new CandidateKeyData(c.AtsCandidateId, "ATS", BatchBodyData.Organization))];
        byte[] answer = BatchBodyData.CreateResponse([.. _keys.Select(NaiveRestLiKeys.EncodeKeyVersion2)]);
        _linkedIn = new LinkedInLikeHandler(TokenEndpoint.AbsolutePath, answer);
    }

    /// <summary>The in-memory LinkedIn both sides send to.</summary>
    public LinkedInLikeHandler LinkedIn => _linkedIn;

    /// <summary>Builds the SDK's services and customer client, and the hand-written client, and warms the token.</summary>
    /// <returns>When both are ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o =>
            {
                o.BaseAddress = Origin; // the SDK adds v2/
                o.TokenEndpoint = TokenEndpoint;
                o.ClientId = "partner";
                o.ClientSecret = "partner-secret";
            })
            .HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _linkedIn);
        services.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => _linkedIn);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<ICustomerDirectory>().SaveAsync(new Customer
        {
            CustomerId = "acme",
            Credentials = new ClientCredentials("acme-child", "acme-secret"),
            Organization = OrganizationUrn.Parse(BatchBodyData.Organization),
            Contracts = [new RecruiterContract(ContractUrn.FromId(1001), AccessLevel.Company)],
        }).ConfigureAwait(false);
        _sdk = await _services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme").ConfigureAwait(false);
        _http = new HttpClient(_linkedIn, disposeHandler: false) { BaseAddress = ApiBase };
        _handWritten = new HandWrittenUpsert(_http, "benchmark-token");
        await SdkUpsertAsync().ConfigureAwait(false);
    }

    /// <summary>Disposes what <see cref="SetupAsync"/> built.</summary>
    /// <returns>When done.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync().ConfigureAwait(false);
        }

        Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http?.Dispose();
        _linkedIn.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Baseline: the request written by hand.</summary>
    /// <returns>One outcome per key.</returns>
    [Benchmark(Baseline = true, Description = "HttpClient + source-gen JSON")]
    public Task<BodyOutcome[]> HandWrittenUpsertAsync() => _handWritten!.UpsertAsync(_keys, _plain);

    /// <summary>The SDK: <c>customer.Candidates.UpsertAsync</c>.</summary>
    /// <returns>The per-entity results.</returns>
    [Benchmark(Description = "SDK customer client")]
    public Task<BatchResult<string>> SdkUpsertAsync() => _sdk!.Candidates.UpsertAsync(_candidates);
}
