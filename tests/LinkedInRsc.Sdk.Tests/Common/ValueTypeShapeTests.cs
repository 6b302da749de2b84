using System.Reflection;
using System.Text.Json;
using LinkedInRsc.Integrations;
using LinkedInRsc.Jobs;

namespace LinkedInRsc.Sdk.Tests.Common;

/// <summary>
/// What every extensible enum and every URN type does, checked on each of them (found by reflection, so a new one is
/// covered without touching this file): equality, the default value, and the JSON form.
/// </summary>
[TestFixture]
public sealed class ValueTypeShapeTests
{
    private static readonly Assembly Abstractions = typeof(IExtensibleEnum<>).Assembly;

    public static IEnumerable<Type> ExtensibleEnums() => Implementations(typeof(IExtensibleEnum<>));

    public static IEnumerable<Type> Urns() => Implementations(typeof(IUrn<>));

    [Test]
    public void Discovery_FindsTheEightExtensibleEnumsAndTheFourUrns()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExtensibleEnums().Count(), Is.EqualTo(8));
            Assert.That(Urns().Select(t => t.Name), Is.EquivalentTo(new[] { "OrganizationUrn", "ContractUrn", "PersonUrn", "SeatUrn" }));
        });
    }

    [TestCaseSource(nameof(ExtensibleEnums))]
    public void ExtensibleEnum_BehavesLikeEveryOther(Type type) =>
        typeof(ValueTypeShapeTests).GetMethod(nameof(CheckExtensibleEnum), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null);

    [TestCaseSource(nameof(Urns))]
    public void Urn_BehavesLikeEveryOther(Type type) =>
        typeof(ValueTypeShapeTests).GetMethod(nameof(CheckUrn), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null);

    [Test]
    public void ExtensibleEnum_InAModel_SerializesAsItsWireValue()
    {
        var task = new JobPostingTask { TaskId = "t1", Status = JobPostingTaskStatus.Succeeded };

        string json = JsonSerializer.Serialize(task);
        JobPostingTask? back = JsonSerializer.Deserialize<JobPostingTask>(json);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"Status\":\"SUCCEEDED\""));
            Assert.That(back!.Status, Is.EqualTo(JobPostingTaskStatus.Succeeded));
            Assert.That(JsonSerializer.Deserialize<IntegrationStatus>("\"enabled\""), Is.EqualTo(IntegrationStatus.Enabled), "read ignoring case");
        });
    }

    private static void CheckExtensibleEnum<T>()
        where T : struct, IExtensibleEnum<T>
    {
        T lower = T.Create("some_new_value");
        T upper = T.Create("SOME_NEW_VALUE");
        T empty = default;

        Assert.Multiple(() =>
        {
            Assert.That(lower, Is.EqualTo(upper), "values compare ignoring case");
            Assert.That(lower.GetHashCode(), Is.EqualTo(upper.GetHashCode()));
            Assert.That(lower.Value, Is.EqualTo("some_new_value"), "the text is kept as received");
            Assert.That(lower.ToString(), Is.EqualTo(lower.Value));
            Assert.That((empty.IsEmpty, empty.Value, lower.IsEmpty), Is.EqualTo((true, string.Empty, false)));
            Assert.That(empty, Is.Not.EqualTo(lower));
            Assert.That(() => T.Create(" "), Throws.ArgumentException);
            Assert.That(JsonSerializer.Serialize(lower), Is.EqualTo("\"some_new_value\""));
            Assert.That(JsonSerializer.Deserialize<T>("\"SOME_NEW_VALUE\""), Is.EqualTo(lower));
            Assert.That(JsonSerializer.Serialize(empty), Is.EqualTo("null"));
            Assert.That(JsonSerializer.Deserialize<T>("null").IsEmpty, Is.True);
            Assert.That(() => JsonSerializer.Deserialize<T>("42"), Throws.TypeOf<JsonException>());
        });
    }

    private static void CheckUrn<T>()
        where T : struct, IUrn<T>
    {
        T urn = T.FromId("12345");
        string text = urn.ToString()!;
        T empty = default;

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo(T.Prefix + "12345"));
            Assert.That(T.Parse(text), Is.EqualTo(urn));
            Assert.That(T.TryParse(text, out T parsed) && parsed.Equals(urn), Is.True);
            Assert.That(T.TryParse(T.Prefix.ToUpperInvariant() + "12345", out _), Is.False, "the prefix is case-sensitive");
            Assert.That(T.TryParse(null, out _), Is.False);
            Assert.That(() => T.Parse("urn:li:other:1"), Throws.TypeOf<FormatException>().With.Message.Contains(typeof(T).Name));
            Assert.That(() => T.FromId("has space"), Throws.TypeOf<FormatException>());
            Assert.That(() => empty.Id, Throws.InvalidOperationException.With.Message.Contains(typeof(T).Name + ".Parse"));
            Assert.That(empty.ToString(), Is.Empty);
            Assert.That(JsonSerializer.Serialize(urn), Is.EqualTo("\"" + T.Prefix + "12345\""));
            Assert.That(JsonSerializer.Deserialize<T>("\"" + T.Prefix + "12345\""), Is.EqualTo(urn));
            Assert.That(JsonSerializer.Serialize(empty), Is.EqualTo("null"));
            Assert.That(() => JsonSerializer.Deserialize<T>("\"urn:li:other:1\""), Throws.TypeOf<JsonException>());
        });
    }

    private static IEnumerable<Type> Implementations(Type generic) =>
        Abstractions.GetExportedTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic && i.GetGenericArguments()[0] == t));
}
