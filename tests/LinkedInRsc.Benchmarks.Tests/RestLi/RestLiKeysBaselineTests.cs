using LinkedInRsc.Benchmarks.RestLi;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Benchmarks.Tests.RestLi;

/// <summary>The naive baseline of <see cref="RestLiKeysBenchmarks"/> writes and reads exactly what the SDK does.</summary>
[TestFixture]
public sealed class RestLiKeysBaselineTests
{
    private static readonly CandidateKeyData[] Keys = RestLiKeysData.CreateKeys();

    [TestCase(RestLiProtocolVersion.Version2)]
    [TestCase(RestLiProtocolVersion.Version1)]
    public void Encode_BaselineWritesTheSdksExactQuery(RestLiProtocolVersion protocol)
    {
        string sdk = RestLiCodec.EncodeQuery(RestLiKeysData.ToParameters(Keys), protocol);

        string naive = protocol == RestLiProtocolVersion.Version2 ? NaiveRestLiKeys.EncodeVersion2(Keys) : NaiveRestLiKeys.EncodeVersion1(Keys);

        Assert.That(naive, Is.EqualTo(sdk));
    }

    [TestCase(RestLiProtocolVersion.Version2)]
    [TestCase(RestLiProtocolVersion.Version1)]
    public void Decode_BaselineAndSdkReadBackTheKeys(RestLiProtocolVersion protocol)
    {
        string query = RestLiCodec.EncodeQuery(RestLiKeysData.ToParameters(Keys), protocol);

        var naive = protocol == RestLiProtocolVersion.Version2 ? NaiveRestLiKeys.DecodeVersion2(query) : NaiveRestLiKeys.DecodeVersion1(query);
        var sdk = RestLiKeysData.FromDecoded(RestLiCodec.DecodeQuery(query, protocol));

        Assert.That(naive, Is.EqualTo(Keys));
        Assert.That(sdk, Is.EqualTo(Keys));
    }

    [Test]
    public void Data_NeedsEscapingInBothProtocols()
    {
        // The benchmark would flatter a codec whose escaping path never runs: the URN's ':' is escaped in 2.0 only.
        string query2 = RestLiCodec.EncodeQuery(RestLiKeysData.ToParameters(Keys), RestLiProtocolVersion.Version2);
        string query1 = RestLiCodec.EncodeQuery(RestLiKeysData.ToParameters(Keys), RestLiProtocolVersion.Version1);

        Assert.That(query2, Does.Contain("integrationContext:urn%3Ali%3Aorganization%3A"));
        Assert.That(query1, Does.Contain("].integrationContext=urn:li:organization:"));
        Assert.That(Keys.Select(k => k.AtsCandidateId).Distinct().Count(), Is.EqualTo(RestLiKeysData.KeyCount));
    }
}
