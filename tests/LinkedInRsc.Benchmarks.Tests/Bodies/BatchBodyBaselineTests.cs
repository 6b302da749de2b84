using System.Text.Json.Nodes;
using LinkedInRsc.Benchmarks.Bodies;

namespace LinkedInRsc.Benchmarks.Tests.Bodies;

/// <summary>The reflection baseline of <see cref="BatchBodyBenchmarks"/> writes and reads exactly what the SDK does.</summary>
[TestFixture]
public sealed class BatchBodyBaselineTests
{
    private readonly BatchBodyBenchmarks _benchmarks = new();

    [Test]
    public void WriteBody_100Candidates_BaselineWritesTheSdksJson()
    {
        byte[] body = _benchmarks.SdkWriteBody();
        TestContext.Out.WriteLine($"BATCH_UPDATE body of {BatchBodyData.Count} candidates: {body.Length} bytes");
        JsonNode sdk = JsonNode.Parse(body)!;
        JsonNode baseline = JsonNode.Parse(_benchmarks.ReflectionWriteBody())!;

        Assert.That(JsonNode.DeepEquals(baseline, sdk), Is.True, $"SDK:\n{sdk}\nbaseline:\n{baseline}");
        Assert.That(sdk["entities"]!.AsObject(), Has.Count.EqualTo(BatchBodyData.Count));
    }

    [Test]
    public void ParseResponse_FourRefused_BaselineAndSdkReadTheSameOutcomes()
    {
        BodyOutcome[] sdk = _benchmarks.SdkParseResponse();
        BodyOutcome[] baseline = _benchmarks.ReflectionParseResponse();

        Assert.That(baseline, Is.EqualTo(sdk));
        Assert.That(sdk.Select((o, i) => (o, i)).Where(p => !p.o.Succeeded).Select(p => p.i), Is.EqualTo(new[] { 24, 49, 74, 99 }));
        Assert.That(sdk.Where(o => !o.Succeeded).Select(o => o.Status), Is.All.EqualTo(422));
        Assert.That(sdk.Where(o => o.Succeeded).Select(o => o.Status), Is.All.EqualTo(204));
    }
}
