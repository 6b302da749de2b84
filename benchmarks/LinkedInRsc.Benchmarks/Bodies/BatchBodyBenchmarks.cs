using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LinkedInRsc.Candidates;
using LinkedInRsc.Clients;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>
/// Writing a 100-candidate BATCH_UPDATE body and reading LinkedIn's per-entity answer to it: the SDK (its
/// <c>atsCandidates</c> mapping, <see cref="RestLiRequest"/> and the body <see cref="RestLiClient"/> sends; the
/// response reader its clients use) against reflection-based <see cref="JsonSerializer"/> on plain classes.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BatchBodyBenchmarks
{
    private const string Write = "Write 100";
    private const string Parse = "Parse 100";

    /// <summary>Reflection-based (no source generation), as an integration without the SDK would write it.</summary>
    private static readonly JsonSerializerOptions Reflection = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly AtsCandidate[] _candidates = BatchBodyData.CreateCandidates();
    private readonly PlainCandidate[] _plain;
    private readonly string[] _encodedKeys;
    private readonly RestLiClient _client = new(new HttpClient());
    private readonly RestLiRequest _request;
    private readonly byte[] _response;

    /// <summary>Builds the input once: both forms of the candidates, their keys, the request answered and the answer.</summary>
    public BatchBodyBenchmarks()
    {
        _plain = [.. _candidates.Select(BatchBodyData.ToPlain)];
        _encodedKeys = [.. _candidates.Select(c => RestLiCodec.EncodeKey(BatchBodyData.Key(c.AtsCandidateId), RestLiProtocolVersion.Version2))];
        _request = SdkRequest();
        _response = BatchBodyData.CreateResponse(_encodedKeys);
    }

    /// <summary>The size of the body written, in bytes (the allocation target is relative to it).</summary>
    public int BodySize => SdkWriteBody().Length;

    /// <summary>Baseline: a plain <c>{"entities":{…}}</c> object serialized by reflection.</summary>
    /// <returns>The UTF-8 body.</returns>
    [Benchmark(Baseline = true, Description = "Reflection STJ")]
    [BenchmarkCategory(Write)]
    public byte[] ReflectionWriteBody()
    {
        var body = new PlainBatchUpdate { Entities = new Dictionary<string, PlainCandidate>(_plain.Length, StringComparer.Ordinal) };
        for (int i = 0; i < _plain.Length; i++)
        {
            body.Entities[_encodedKeys[i]] = _plain[i];
        }

        return JsonSerializer.SerializeToUtf8Bytes(body, Reflection);
    }

    /// <summary>The SDK: each candidate mapped to its entity and key, the request, the body it sends.</summary>
    /// <returns>The UTF-8 body.</returns>
    [Benchmark(Description = "SDK")]
    [BenchmarkCategory(Write)]
    public byte[] SdkWriteBody() => _client.BuildBody(SdkRequest())!;

    /// <summary>Baseline: the answer deserialized by reflection, then each key's outcome looked up.</summary>
    /// <returns>One outcome per key, in batch order.</returns>
    [Benchmark(Baseline = true, Description = "Reflection STJ")]
    [BenchmarkCategory(Parse)]
    public BodyOutcome[] ReflectionParseResponse()
    {
        PlainBatchResponse response = JsonSerializer.Deserialize<PlainBatchResponse>(_response, Reflection)!;
        var outcomes = new BodyOutcome[_encodedKeys.Length];
        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = response.Errors.TryGetValue(_encodedKeys[i], out PlainError? error) ? new BodyOutcome(false, error.Status)
                : response.Results.TryGetValue(_encodedKeys[i], out PlainEntityStatus? result) ? new BodyOutcome(result.Status is >= 200 and < 300, result.Status)
                : new BodyOutcome(false, null);
        }

        return outcomes;
    }

    /// <summary>The SDK: the body parsed as <see cref="RestLiClient"/> does, then its batch reader keyed by the request's keys.</summary>
    /// <returns>One outcome per key, in batch order.</returns>
    [Benchmark(Description = "SDK")]
    [BenchmarkCategory(Parse)]
    public BodyOutcome[] SdkParseResponse()
    {
        JsonElement body;
        using (var document = JsonDocument.Parse(_response))
        {
            body = document.RootElement.Clone();
        }

        RestLiBatchResult result = new RestLiResponse(_request, RestLiProtocolVersion.Version2, HttpStatusCode.OK, body).ReadBatchResult();
        IReadOnlyList<RestLiValue> keys = _request.BatchKeys;
        var outcomes = new BodyOutcome[keys.Count];
        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = result.TryGetResult(keys[i], out RestLiKeyResult? r) ? new BodyOutcome(r.Outcome == RestLiOutcome.Succeeded, r.Status) : new BodyOutcome(false, null);
        }

        return outcomes;
    }

    private RestLiRequest SdkRequest() => RestLiRequest.BatchUpdate(
        CandidatesClient.Resource,
        _candidates.Select(static c => KeyValuePair.Create(BatchBodyData.Key(c.AtsCandidateId), CandidatesClient.ToJson(c))));
}
