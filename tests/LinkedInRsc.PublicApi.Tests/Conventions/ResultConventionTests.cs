using System.Reflection;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>Batch results are keyed by the entity's id or key, never by the entity (docs/contributing.md, "Results").</summary>
[TestFixture]
public sealed class ResultConventionTests
{
    [Test]
    public void BatchResults_AreKeyedByAnIdOrAKeyValue()
    {
        var keys = new List<(string Member, Type Key)>();
        foreach (MethodInfo method in ShippedAssemblies.PublicMethods())
        {
            keys.AddRange(BatchResultKeys(method.ReturnType).Select(k => (ShippedAssemblies.Describe(method), k)));
            foreach (ParameterInfo parameter in method.GetParameters())
            {
                keys.AddRange(BatchResultKeys(parameter.ParameterType).Select(k => (ShippedAssemblies.Describe(method), k)));
            }
        }

        string[] offenders = [.. keys.Where(k => !IsIdOrKey(k.Key)).Select(k => $"{k.Member}: BatchResult<{k.Key.Name}>").Distinct()];

        Assert.Multiple(() =>
        {
            Assert.That(keys, Has.Count.GreaterThan(10), "the capability clients' writes are found");
            Assert.That(offenders, Is.Empty, "TKey of BatchResult is string (an ATS id) or a value type named *Key");
        });
    }

    private static bool IsIdOrKey(Type key) => key == typeof(string) || (key.IsValueType && key.Name.EndsWith("Key", StringComparison.Ordinal));

    private static IEnumerable<Type> BatchResultKeys(Type type)
    {
        if (!type.IsGenericType)
        {
            yield break;
        }

        if (type.GetGenericTypeDefinition() == typeof(BatchResult<>))
        {
            yield return type.GetGenericArguments()[0];
        }

        foreach (Type argument in type.GetGenericArguments())
        {
            foreach (Type key in BatchResultKeys(argument))
            {
                yield return key;
            }
        }
    }
}
