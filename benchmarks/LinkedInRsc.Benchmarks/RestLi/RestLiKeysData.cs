using System.Globalization;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Benchmarks.RestLi;

/// <summary>
/// The input of the Rest.li key benchmarks: 100 RSC candidate keys of one customer (one batch always carries one
/// customer's keys, so <c>dataProvider</c> and <c>integrationContext</c> repeat), as plain strings (for the
/// baseline) and as <see cref="RestLiValue"/> records (for the SDK), and the <c>ids</c> query both write.
/// </summary>
public static class RestLiKeysData
{
    /// <summary>How many keys one batch carries (LinkedIn's batch limit).</summary>
    public const int KeyCount = 100;

    /// <summary>The query parameter carrying the keys.</summary>
    public const string IdsParameter = "ids";

    /// <summary>The keys as plain strings.</summary>
    /// <returns>A new array of <see cref="KeyCount"/> keys.</returns>
    public static CandidateKeyData[] CreateKeys()
    {
        var keys = new CandidateKeyData[KeyCount];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = new CandidateKeyData(
                "cand-" + (1_000_000 + (i * 7919)).ToString(CultureInfo.InvariantCulture),
                "ATS",
                "urn:li:organization:2414183");
        }

        return keys;
    }

    /// <summary>The same keys as the SDK's query parameters: <c>ids</c> = a list of compound-key records.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The parameters to hand to <see cref="RestLiCodec.EncodeQuery"/>.</returns>
    public static KeyValuePair<string, RestLiValue>[] ToParameters(IEnumerable<CandidateKeyData> keys) =>
    [
        new(IdsParameter, RestLiValue.ListOf(keys.Select(static k => RestLiValue.RecordOf(
            ("atsCandidateId", k.AtsCandidateId),
            ("dataProvider", k.DataProvider),
            ("integrationContext", k.IntegrationContext))))),
    ];

    /// <summary>Reads the keys back from what <see cref="RestLiCodec.DecodeQuery"/> returned.</summary>
    /// <param name="decoded">The decoded query.</param>
    /// <returns>The keys as plain strings.</returns>
    public static CandidateKeyData[] FromDecoded(IReadOnlyDictionary<string, RestLiValue> decoded) =>
    [
        .. decoded[IdsParameter].AsList().Select(static k => new CandidateKeyData(
            k.GetField("atsCandidateId").AsString(),
            k.GetField("dataProvider").AsString(),
            k.GetField("integrationContext").AsString())),
    ];
}
