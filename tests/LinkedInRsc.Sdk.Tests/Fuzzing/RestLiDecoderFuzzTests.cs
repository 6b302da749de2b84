using CsCheck;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sdk.Tests.RestLi;

namespace LinkedInRsc.Sdk.Tests.Fuzzing;

/// <summary>
/// The Rest.li decoders fed mutations of valid encodings (values, path keys and queries, protocols 1.0 and 2.0,
/// generated and LinkedIn's own reference strings): each decoder throws only <see cref="RestLiFormatException"/>, what
/// it does decode is valid (it encodes again and reads back the same), and nesting far beyond the limit is refused
/// without recursion. Complements the generated-input properties of <c>RestLiCodecTests</c>.
/// </summary>
[TestFixture]
public sealed class RestLiDecoderFuzzTests
{
    private static readonly string[] Delimiters = ["List(", "(", ")", ",", ":", "'", "''", "%", "%2", "%25", "=", "&", ".", "[", "]", "[0]", "[2147483648]", "+", " ", "%00", "\0", ".."];

    private static readonly (string Open, string Close)[] Nesting = [("List(", ")"), ("(a:", ")"), ("(a:List(", "))")];

    /// <summary>Strings LinkedIn's documentation and Postman collection send.</summary>
    private static readonly string[] Reference =
    [
        "(integrationContext:urn%3Ali%3Aorganization%3A1,dataProvider:ATS,atsCandidateId:C1)",
        "List((atsCandidateId:C1,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1),(atsCandidateId:C2,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1))",
        "ids=List((integrationContext:urn%3Ali%3Aorganization%3A7,integrationType:ONE_CLICK_EXPORT))&q=criteria",
        "ids[0].integrationContext=urn:li:organization:7&ids[0].integrationType=ONE_CLICK_EXPORT&ids[0].tenantType=RECRUITER&ids[0].dataProvider=ATS",
        "q=criteria&viewer=urn:li:seat:5&timeRange.start=100&timeRange.end=200&start=0&count=50&owners=urn%3Ali%3Aseat%3A1&owners=urn:li:seat:2",
        "integrationContext=urn:li:organization:7&integrationType=ONE_CLICK_EXPORT&tenantType=RECRUITER&dataProvider=ATS",
        "urn:li:x:(1,2)'", "C%201", "''", "List()", "()",
    ];

    private static readonly Gen<string> ValidValues = Gen.Frequency(
        (3, (IGen<string>)RestLiTestGenerators.Value.Select(RestLiCodec.EncodeValue)),
        (1, Gen.OneOf(Reference)));

    private static readonly Gen<RestLiValue> Keys = Gen.OneOf(
        RestLiTestGenerators.Text.Select(RestLiValue.FromString),
        Gen.Select(RestLiTestGenerators.Text.Where(n => n.Length > 0), RestLiTestGenerators.Text.Select(RestLiValue.FromString)).Array[1, 4].Select(RestLiTestGenerators.ToRecord));

    [Test]
    public void DecodeValue_MutatedEncodings_ThrowOnlyRestLiFormatExceptionAndDecodeOnlyValidValues()
    {
        Mutations.OfText(ValidValues, Delimiters, Nesting).Sample(
            text =>
            {
                RestLiValue? decoded = Decode(() => RestLiCodec.DecodeValue(text));

                // What a decoder accepts is a value the SDK can send: valid Unicode, nesting within the limit.
                return decoded is null || RestLiCodec.DecodeValue(RestLiCodec.EncodeValue(decoded)) == decoded;
            },
            iter: 4000);
    }

    [TestCase(RestLiProtocolVersion.Version1)]
    [TestCase(RestLiProtocolVersion.Version2)]
    public void DecodeKey_MutatedPathKeys_ThrowOnlyRestLiFormatException(RestLiProtocolVersion protocol)
    {
        Gen<string> valid = Gen.Frequency(
            (3, (IGen<string>)Keys.Select(k => RestLiCodec.EncodeKey(k, protocol))),
            (1, Gen.OneOf(Reference)));

        Mutations.OfText(valid, Delimiters, Nesting).Sample(
            text =>
            {
                RestLiValue? decoded = Decode(() => RestLiCodec.DecodeKey(text, protocol));
                return decoded is null || HasValidText(decoded);
            },
            iter: 3000);
    }

    [TestCase(RestLiProtocolVersion.Version1)]
    [TestCase(RestLiProtocolVersion.Version2)]
    public void DecodeQuery_MutatedQueries_ThrowOnlyRestLiFormatException(RestLiProtocolVersion protocol)
    {
        Gen<RestLiValue> values = protocol == RestLiProtocolVersion.Version1 ? RestLiTestGenerators.Version1Parameter : RestLiTestGenerators.Value;
        Gen<string> queries = Gen.Select(RestLiTestGenerators.Identifier, values).Array[1, 4].Select(parameters =>
        {
            var unique = new Dictionary<string, RestLiValue>(StringComparer.Ordinal);
            foreach ((string name, RestLiValue value) in parameters)
            {
                unique[name] = value;
            }

            return RestLiCodec.EncodeQuery(unique, protocol);
        });
        Gen<string> valid = Gen.Frequency((3, (IGen<string>)queries), (1, Gen.OneOf(Reference)));

        Mutations.OfText(valid, Delimiters, [.. Nesting, ("a.", string.Empty), ("a[0]", string.Empty)]).Sample(
            text =>
            {
                IReadOnlyDictionary<string, RestLiValue>? decoded = Decode(() => RestLiCodec.DecodeQuery(text, protocol));
                return decoded is null || decoded.All(p => p.Key.Length > 0 && HasValidText(p.Value));
            },
            iter: 3000);
    }

    [TestCase("(a:", ")")]
    [TestCase("List((a:", "))")]
    [TestCase("(a:List(", "))")]
    public void DecodeValueAndKey_NestingFarBeyondTheLimit_AreRefusedNotRecursed(string open, string close)
    {
        string deep = string.Concat(Enumerable.Repeat(open, 200_000)) + "x" + string.Concat(Enumerable.Repeat(close, 200_000));
        string atLimit = string.Concat(Enumerable.Repeat("List(", RestLiCodec.MaxNestingDepth - 1)) + "x" + new string(')', RestLiCodec.MaxNestingDepth - 1);

        Assert.Multiple(() =>
        {
            Assert.That(() => RestLiCodec.DecodeValue(deep), Throws.TypeOf<RestLiFormatException>().With.Message.Contains("nest deeper than"));
            Assert.That(() => RestLiCodec.DecodeKey(deep, RestLiProtocolVersion.Version2), Throws.TypeOf<RestLiFormatException>());
            Assert.That(() => RestLiCodec.DecodeQuery("ids=" + deep, RestLiProtocolVersion.Version2), Throws.TypeOf<RestLiFormatException>());
            Assert.That(RestLiCodec.DecodeValue(atLimit).Kind, Is.EqualTo(RestLiValueKind.List), "nesting up to the limit is read");
        });
    }

    [Test]
    public void DecodeQuery_Version1DeepDottedAndIndexedNames_AreRefusedNotRecursed()
    {
        string dotted = string.Join('.', Enumerable.Repeat("a", 200_000)) + "=1";
        string indexed = "a" + string.Concat(Enumerable.Repeat("[0]", 200_000)) + "=1";
        string mixed = "a" + string.Concat(Enumerable.Repeat("[0].b", 100_000)) + "=1";

        Assert.Multiple(() =>
        {
            Assert.That(() => RestLiCodec.DecodeQuery(dotted, RestLiProtocolVersion.Version1), Throws.TypeOf<RestLiFormatException>());
            Assert.That(() => RestLiCodec.DecodeQuery(indexed, RestLiProtocolVersion.Version1), Throws.TypeOf<RestLiFormatException>());
            Assert.That(() => RestLiCodec.DecodeQuery(mixed, RestLiProtocolVersion.Version1), Throws.TypeOf<RestLiFormatException>());
            Assert.That(() => RestLiCodec.DecodeKey(dotted[..^2], RestLiProtocolVersion.Version1), Throws.Nothing, "a 1.0 path key has no structure: dots are text");
        });
    }

    [TestCase("ids[2147483648]=1")]
    [TestCase("ids[99999999999999999999]=1")]
    [TestCase("ids[-1]=1")]
    public void DecodeQuery_Version1HugeIndex_IsRefused(string query) =>
        Assert.That(() => RestLiCodec.DecodeQuery(query, RestLiProtocolVersion.Version1), Throws.TypeOf<RestLiFormatException>());

    [Test]
    public void DecodeQuery_Version1SparseHugeIndex_AllocatesNoGap()
    {
        IReadOnlyDictionary<string, RestLiValue> decoded = RestLiCodec.DecodeQuery("ids[2147483646]=b&ids[0]=a", RestLiProtocolVersion.Version1);

        Assert.That(decoded["ids"], Is.EqualTo(RestLiValue.ListOf("a", "b")), "indexes order the list; no 2-billion-item gap is filled");
    }

    private static T? Decode<T>(Func<T> decode)
        where T : class
    {
        try
        {
            return decode();
        }
        catch (RestLiFormatException)
        {
            return null; // the one exception a decoder may throw
        }
    }

    private static bool HasValidText(RestLiValue value) => value.Kind switch
    {
        RestLiValueKind.Primitive => IsValidUnicode(value.AsString()),
        RestLiValueKind.List => value.Items.All(HasValidText),
        _ => value.Fields.All(f => IsValidUnicode(f.Key) && HasValidText(f.Value)),
    };

    private static bool IsValidUnicode(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
