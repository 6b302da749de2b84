using CsCheck;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sdk.Tests.RestLi.Reference;
using static LinkedInRsc.RestLi.RestLiValue;

namespace LinkedInRsc.Sdk.Tests.RestLi;

/// <summary>
/// The rewritten codec (pooled buffers, vectorized scans, reuse of the previous record's keys and values) against the
/// codec it replaced (<see cref="ReferenceCodec"/>): for any input, the same text or value, or the same exception with
/// the same message and position. Batch-shaped inputs (many records with the same fields) drive the reuse paths.
/// </summary>
[TestFixture]
public sealed class RestLiCodecDifferentialTests
{
    private static readonly RestLiProtocolVersion[] Protocols = [RestLiProtocolVersion.Version2, RestLiProtocolVersion.Version1];

    /// <summary>Lists of records sharing their field names and some of their values: what a batch's keys look like.</summary>
    private static readonly Gen<RestLiValue> Batch =
        Gen.Select(
            Gen.OneOf(RestLiTestGenerators.Identifier, RestLiTestGenerators.Text.Where(t => t.Length > 0)).Array[1, 4],
            Gen.OneOf(RestLiTestGenerators.Text, Gen.Const("ATS"), Gen.Const("urn:li:organization:1")).Array[1, 4],
            Gen.Int[1, 30])
        .SelectMany((names, shared, count) =>
            Gen.Int[0, shared.Length - 1].Select(i => (RestLiValue)shared[i]).Array[names.Length].Array[count].Select(rows =>
                ListOf(rows.Select(row => RecordOf(names.Distinct(StringComparer.Ordinal).Select((n, i) => new KeyValuePair<string, RestLiValue>(n, row[i])))))));

    private static readonly Gen<RestLiValue> AnyValue = Gen.Frequency((3, RestLiTestGenerators.Value), (2, Batch), (1, RestLiTestGenerators.Version1Value));

    /// <summary>Encoded values and queries with a few characters deleted, doubled or replaced by syntax characters.</summary>
    private static readonly Gen<string> Mutated =
        Gen.Select(AnyValue, Gen.Bool, Gen.Int[0, 3])
        .Select((value, version1, _) => Encoded(value, version1))
        .Where(text => text is not null)
        .SelectMany(text => Gen.Select(Gen.Int[0, Math.Max(0, text!.Length - 1)], Gen.OneOf("", "(", ")", ",", ":", "'", "%", "%2", "=", "&", ".", "[", "]", "[1]", "+", "\ud800", "é", "List("), Gen.Int[0, 2])
            .Array[0, 3]
            .Select(edits => Mutate(text, edits)));

    private static readonly Gen<string> Fuzz = Gen.Frequency(
        (3, (IGen<string>)Gen.OneOf("List(", "(", ")", ",", ":", "'", "%", "%2", "%C3", "%A9", "%3A", "=", "&", ".", "[", "]", "[0]", "[1]", "[99999999999]", "+", "a", "ids", "é", "\ud800", "😀", "\0")),
        (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 40].Select(string.Concat);

    [Test]
    public void Encoders_AgreeWithTheReference()
    {
        AnyValue.Sample(
            value =>
            {
                Same(() => ReferenceCodec.EncodeValue(value), () => RestLiCodec.EncodeValue(value));
                foreach (var protocol in Protocols)
                {
                    Same(() => ReferenceCodec.EncodeKey(value, protocol), () => RestLiCodec.EncodeKey(value, protocol));
                    Same(() => ReferenceCodec.EncodeQuery([new("ids", value), new("q", "criteria")], protocol), () => RestLiCodec.EncodeQuery([new("ids", value), new("q", "criteria")], protocol));
                }
            },
            iter: 3000);
    }

    [Test]
    public void Encoders_InvalidInput_SameErrors()
    {
        var values = new RestLiValue[]
        {
            "\ud800", "a\udc00b", RecordOf(("k", "ok"), ("l", "x\ud800")), ListOf(RecordOf(("a", "1")), RecordOf(("a", "\udfff"))),
            Nest(RestLiCodec.MaxNestingDepth + 1), RecordOf(("a.b", "1")), RecordOf(("", "1")), EmptyList, EmptyRecord,
            RecordOf(("a", ListOf("x"))), ListOf(EmptyList), RecordOf(("é", "1")),
        };
        foreach (var value in values)
        {
            Same(() => ReferenceCodec.EncodeValue(value), () => RestLiCodec.EncodeValue(value));
            foreach (var protocol in Protocols)
            {
                Same(() => ReferenceCodec.EncodeKey(value, protocol), () => RestLiCodec.EncodeKey(value, protocol));
                Same(() => ReferenceCodec.EncodeQuery([new("p", value)], protocol), () => RestLiCodec.EncodeQuery([new("p", value)], protocol));
                Same(() => ReferenceCodec.EncodeQuery([new("fields", value)], protocol), () => RestLiCodec.EncodeQuery([new("fields", value)], protocol));
            }
        }
    }

    [Test]
    public void Decoders_EncodedBatches_AgreeWithTheReference() => Batch.Sample(
        value =>
        {
            SameDecoding("ids=" + Encoded(value, version1: false));
            if (Encoded(value, version1: true) is { } version1)
            {
                SameDecoding(version1);
            }
        },
        iter: 2000);

    [Test]
    public void Decoders_MutatedText_AgreeWithTheReference() => Mutated.Sample(SameDecoding, iter: 10_000);

    [Test]
    public void Decoders_FuzzedText_AgreeWithTheReference() => Fuzz.Sample(SameDecoding, iter: 10_000);

    [TestCase("ids[2].a=x&ids[0].a=y&ids[1].a=z")]
    [TestCase("ids[0].a=x&ids[1].b=y&ids[0].b=z&ids[1].a=w")]
    [TestCase("ids[0]=a&ids[0]=b&ids[1]=c")]
    [TestCase("a=1&a=2&a.b=3")]
    [TestCase("p.a=1&p.b=2&p.c=3&p.d=4&p.e=5&p.f=6&p.g=7&p.h=8&p.i=9&p.j=10&p.a=11&p.c.d=1")]
    [TestCase("ids[9]=a&ids[8]=b&ids[7]=c&ids[6]=d&ids[5]=e&ids[4]=f&ids[3]=g&ids[2]=h&ids[1]=i&ids[0]=j&ids[5]=k&ids[5].x=1")]
    [TestCase("ids[0].a=x&ids[0].a.b=y")]
    [TestCase("ids[0].a=x&ids[0][1]=y")]
    [TestCase("ids[0].a=x&ids=y")]
    [TestCase("ids[1\0]=x")]
    [TestCase("ids[0].a=x&ids[00].b=y&ids[0000000001].a=z")]
    [TestCase("ids%5B0%5D.a=x&ids[0].b=y&ids%5B1%5D%2Ea=z")]
    [TestCase("ids[0].a=%zz&ids[0].a=%41")]
    [TestCase("ids[0].a=x&ids[0].b=%E2%82&ids[0].c=%")]
    public void Decoders_Version1Shapes_AgreeWithTheReference(string query) => SameDecoding(query);

    [TestCase("List((a:x,b:y),(a:x,b:y),(a:x,b:yy),(a:xx,b:y),(b:y,a:x),(a:x,a:x))")]
    [TestCase("List((a:x,b:y),(a:x,b:y(),(a:x,b:y)")]
    [TestCase("List((a:x,b:y),(a:x,b:y),(a:x,b:y:z))")]
    [TestCase("List((a:x,b:y),(a:x,b:y")]
    [TestCase("List((a:x,b:y),(a:x,b:y,c:List(1,2)),(a:x,b:y,c:List(1,2)),(a:'',b:''),(a:,b:))")]
    [TestCase("List((a:x%3Ay,b:%E2%82%AC),(a:x%3Ay,b:%E2%82%AC),(a:x%3ay,b:%E2%82),(a:x%3Ay,b:%E2%82%AC))")]
    [TestCase("List((a:1,b:2),(a:1,b:2),(a:1,b:2)x")]
    [TestCase("List(" + "(a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9,j:10,k:11,l:12,m:13,n:14,o:15,p:16,q:17,a:18)" + ")")]
    public void Decoders_Version2Batches_AgreeWithTheReference(string text)
    {
        SameDecoding(text);
        SameDecoding("ids=" + text);
    }

    private static void SameDecoding(string text)
    {
        Same(() => ReferenceCodec.DecodeValue(text), () => RestLiCodec.DecodeValue(text));
        foreach (var protocol in Protocols)
        {
            Same(() => ReferenceCodec.DecodeKey(text, protocol), () => RestLiCodec.DecodeKey(text, protocol));
            Same(() => Flatten(ReferenceCodec.DecodeQuery(text, protocol)), () => Flatten(RestLiCodec.DecodeQuery(text, protocol)));
        }
    }

    /// <summary>Runs both; they must return equal results or throw the same exception type with the same message (and position).</summary>
    private static void Same<T>(Func<T> reference, Func<T> subject)
    {
        (T? Result, Exception? Error) expected = Run(reference);
        (T? Result, Exception? Error) actual = Run(subject);
        if (expected.Error is null && actual.Error is null)
        {
            Assert.That(actual.Result, Is.EqualTo(expected.Result));
            return;
        }

        Assert.That(actual.Error?.GetType(), Is.EqualTo(expected.Error?.GetType()), $"expected {expected.Error?.Message ?? "no error"}, got {actual.Error?.Message ?? "no error"}");
        Assert.That(actual.Error!.Message, Is.EqualTo(expected.Error!.Message));
        Assert.That((actual.Error as RestLiFormatException)?.Position, Is.EqualTo((expected.Error as RestLiFormatException)?.Position));
    }

    private static (T? Result, Exception? Error) Run<T>(Func<T> run)
    {
        try
        {
            return (run(), null);
        }
        catch (Exception ex) when (ex is ArgumentException or RestLiFormatException or InvalidOperationException)
        {
            return (default, ex);
        }
    }

    /// <summary>The parameters in the dictionary's own order, compared by name and structural value.</summary>
    private static List<KeyValuePair<string, RestLiValue>> Flatten(IReadOnlyDictionary<string, RestLiValue> decoded) => [.. decoded];

    private static string? Encoded(RestLiValue value, bool version1)
    {
        try
        {
            return version1 ? RestLiCodec.EncodeQuery([new("ids", value)], RestLiProtocolVersion.Version1) : RestLiCodec.EncodeValue(value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Mutate(string text, (int At, string Insert, int Delete)[] edits)
    {
        foreach (var (at, insert, delete) in edits)
        {
            int i = Math.Min(at, text.Length);
            text = text.Remove(i, Math.Min(delete, text.Length - i)).Insert(i, insert);
        }

        return text;
    }

    private static RestLiValue Nest(int depth) => depth == 0 ? FromString("x") : ListOf(Nest(depth - 1));
}
