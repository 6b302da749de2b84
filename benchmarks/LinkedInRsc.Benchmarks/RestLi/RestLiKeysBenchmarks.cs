using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Benchmarks.RestLi;

/// <summary>
/// Encoding and decoding the <c>ids</c> of one 100-key batch, in protocol 2.0 (<c>ids=List((…),…)</c>) and 1.0
/// (<c>ids[0].atsCandidateId=…&amp;…</c>), the SDK's <see cref="RestLiCodec"/> against the naive code in
/// <see cref="NaiveRestLiKeys"/>. Each direction × protocol is its own category with its own baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RestLiKeysBenchmarks
{
    private const string Encode2 = "Encode 2.0";
    private const string Encode1 = "Encode 1.0";
    private const string Decode2 = "Decode 2.0";
    private const string Decode1 = "Decode 1.0";

    private readonly CandidateKeyData[] _keys = RestLiKeysData.CreateKeys();
    private readonly KeyValuePair<string, RestLiValue>[] _parameters;
    private readonly string _query2;
    private readonly string _query1;

    /// <summary>Builds the input once: the keys, their <see cref="RestLiValue"/> form and both queries.</summary>
    public RestLiKeysBenchmarks()
    {
        _parameters = RestLiKeysData.ToParameters(_keys);
        _query2 = RestLiCodec.EncodeQuery(_parameters, RestLiProtocolVersion.Version2);
        _query1 = RestLiCodec.EncodeQuery(_parameters, RestLiProtocolVersion.Version1);
    }

    /// <summary>Naive protocol 2.0 encoding.</summary>
    /// <returns>The query.</returns>
    [Benchmark(Baseline = true, Description = "Naive")]
    [BenchmarkCategory(Encode2)]
    public string NaiveEncodeVersion2() => NaiveRestLiKeys.EncodeVersion2(_keys);

    /// <summary>SDK protocol 2.0 encoding.</summary>
    /// <returns>The query.</returns>
    [Benchmark(Description = "RestLiCodec")]
    [BenchmarkCategory(Encode2)]
    public string SdkEncodeVersion2() => RestLiCodec.EncodeQuery(_parameters, RestLiProtocolVersion.Version2);

    /// <summary>Naive protocol 1.0 encoding.</summary>
    /// <returns>The query.</returns>
    [Benchmark(Baseline = true, Description = "Naive")]
    [BenchmarkCategory(Encode1)]
    public string NaiveEncodeVersion1() => NaiveRestLiKeys.EncodeVersion1(_keys);

    /// <summary>SDK protocol 1.0 encoding.</summary>
    /// <returns>The query.</returns>
    [Benchmark(Description = "RestLiCodec")]
    [BenchmarkCategory(Encode1)]
    public string SdkEncodeVersion1() => RestLiCodec.EncodeQuery(_parameters, RestLiProtocolVersion.Version1);

    /// <summary>Naive protocol 2.0 decoding.</summary>
    /// <returns>The keys.</returns>
    [Benchmark(Baseline = true, Description = "Naive")]
    [BenchmarkCategory(Decode2)]
    public List<CandidateKeyData> NaiveDecodeVersion2() => NaiveRestLiKeys.DecodeVersion2(_query2);

    /// <summary>SDK protocol 2.0 decoding.</summary>
    /// <returns>The decoded parameters.</returns>
    [Benchmark(Description = "RestLiCodec")]
    [BenchmarkCategory(Decode2)]
    public IReadOnlyDictionary<string, RestLiValue> SdkDecodeVersion2() => RestLiCodec.DecodeQuery(_query2, RestLiProtocolVersion.Version2);

    /// <summary>Naive protocol 1.0 decoding.</summary>
    /// <returns>The keys.</returns>
    [Benchmark(Baseline = true, Description = "Naive")]
    [BenchmarkCategory(Decode1)]
    public List<CandidateKeyData> NaiveDecodeVersion1() => NaiveRestLiKeys.DecodeVersion1(_query1);

    /// <summary>SDK protocol 1.0 decoding.</summary>
    /// <returns>The decoded parameters.</returns>
    [Benchmark(Description = "RestLiCodec")]
    [BenchmarkCategory(Decode1)]
    public IReadOnlyDictionary<string, RestLiValue> SdkDecodeVersion1() => RestLiCodec.DecodeQuery(_query1, RestLiProtocolVersion.Version1);
}
