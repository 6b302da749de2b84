using LinkedInRsc.RestLi;
using static LinkedInRsc.RestLi.RestLiValue;

namespace LinkedInRsc.Sdk.Tests.RestLi;

[TestFixture]
public sealed class RestLiValueTests
{
    [Test]
    public void RecordOf_AnyFieldOrder_IsEqualWithSameHashAndSortedFields()
    {
        var a = RecordOf(("b", "2"), ("a", ListOf("x")), ("B", EmptyRecord));
        var b = RecordOf(("a", ListOf("x")), ("B", EmptyRecord), ("b", "2"));

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a == b, Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a.Fields.Select(f => f.Key), Is.EqualTo(new[] { "B", "a", "b" }));
            Assert.That(a.GetField("b"), Is.EqualTo(FromString("2")));
            Assert.That(a.TryGetField("c", out _), Is.False);
        });
    }

    [Test]
    public void Equals_DistinguishesKindsAndOrder()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FromString(""), Is.Not.EqualTo(EmptyList));
            Assert.That(EmptyList, Is.Not.EqualTo(EmptyRecord));
            Assert.That(ListOf("a", "b"), Is.Not.EqualTo(ListOf("b", "a")));
            Assert.That(FromInt64(42), Is.EqualTo(FromString("42")));
            Assert.That(FromBoolean(true), Is.EqualTo(FromString("true")));
            Assert.That(RecordOf(("a", "1")) != RecordOf(("a", "2")), Is.True);
        });
    }

    [Test]
    public void RecordOf_DuplicateKey_ThrowsNamingIt()
    {
        Assert.That(() => RecordOf(("id", "1"), ("id", "2")), Throws.ArgumentException.With.Message.Contains("'id' appears twice"));
    }

    [Test]
    public void ToString_ShowsShapeButNotPrimitiveText()
    {
        var value = RecordOf(("email", "jane.doe@example.com"), ("ids", ListOf("secret-1", EmptyRecord)));

        string text = value.ToString();

        Assert.That(text, Is.EqualTo("(email:string[20],ids:List(string[8],()))"));
    }

    [Test]
    public void Accessors_WrongKind_ThrowInvalidOperation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => EmptyList.AsString(), Throws.InvalidOperationException);
            Assert.That(() => EmptyRecord.AsList(), Throws.InvalidOperationException);
            Assert.That(FromString("a").AsList(), Is.EqualTo(new[] { FromString("a") }));
            Assert.That(() => FromString("a").GetField("x"), Throws.TypeOf<KeyNotFoundException>());
        });
    }

    [Test]
    public void EncodeQuery_Ids_KeepsEachKeyText_ForEncodeKey()
    {
        var first = RecordOf(("atsCandidateId", "c 1"), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1"));
        var second = RecordOf(("atsCandidateId", "c-2"), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1"));
        string query = RestLiCodec.EncodeQuery(new Dictionary<string, RestLiValue> { ["ids"] = ListOf(first, second) }, RestLiProtocolVersion.Version2);

        string firstKey = RestLiCodec.EncodeKey(first, RestLiProtocolVersion.Version2);
        string secondKey = RestLiCodec.EncodeKey(second, RestLiProtocolVersion.Version2);
        // An equal key that was never in a query is encoded afresh: the kept texts are exactly the encoder's.
        string fresh = RestLiCodec.EncodeKey(RecordOf(("atsCandidateId", "c 1"), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1")), RestLiProtocolVersion.Version2);

        Assert.Multiple(() =>
        {
            Assert.That(query, Is.EqualTo($"ids=List({firstKey},{secondKey})"));
            Assert.That(firstKey, Is.EqualTo(fresh));
            Assert.That(firstKey, Is.SameAs(RestLiCodec.EncodeKey(first, RestLiProtocolVersion.Version2)), "encoded once, then reused");
            Assert.That(secondKey, Is.EqualTo("(atsCandidateId:c-2,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1)"));
        });
    }

    [Test]
    public void EncodeKey_KeepsOneTextPerProtocol()
    {
        var key = RecordOf(("a", "x"), ("b", "urn:li:person:1"));

        string version2 = RestLiCodec.EncodeKey(key, RestLiProtocolVersion.Version2);
        string version1 = RestLiCodec.EncodeKey(key, RestLiProtocolVersion.Version1);

        Assert.Multiple(() =>
        {
            Assert.That(version1, Is.Not.EqualTo(version2));
            Assert.That(RestLiCodec.EncodeKey(key, RestLiProtocolVersion.Version2), Is.SameAs(version2));
            Assert.That(RestLiCodec.EncodeKey(key, RestLiProtocolVersion.Version1), Is.SameAs(version1));
        });
    }
}
