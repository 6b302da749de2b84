using System.Reflection;
using System.Text.Json.Serialization;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>
/// The extensible enums and the URN types keep one shape each (docs/contributing.md, "Value types"): the same public
/// members, the shared interface, the shared JSON converter; a new one cannot be hand-copied with a drift.
/// </summary>
[TestFixture]
public sealed class ValueTypeConventionTests
{
    /// <summary>The public instance members every extensible enum has, with the type itself written TSelf.</summary>
    private static readonly string[] ExtensibleEnumMembers =
    [
        "ctor(String)",
        "Equals(Object)->Boolean",
        "Equals(TSelf)->Boolean",
        "GetHashCode()->Int32",
        "IsEmpty:Boolean",
        "ToString()->String",
        "Value:String",
        "static op_Equality(TSelf,TSelf)->Boolean",
        "static op_Inequality(TSelf,TSelf)->Boolean",
    ];

    /// <summary>The public members every URN type has, with the type itself written TSelf.</summary>
    private static readonly string[] UrnMembers =
    [
        "Equals(Object)->Boolean",
        "Equals(TSelf)->Boolean",
        "GetHashCode()->Int32",
        "Id:String",
        "ToString()->String",
        "static FromId(String)->TSelf",
        "static HasNumericId:Boolean",
        "static Parse(String)->TSelf",
        "static Prefix:String",
        "static TryParse(String,TSelf&)->Boolean",
        "static op_Equality(TSelf,TSelf)->Boolean",
        "static op_Inequality(TSelf,TSelf)->Boolean",
    ];

    /// <summary>Members beyond the shape, each with its reason.</summary>
    private static readonly Dictionary<string, string> Extras = new(StringComparer.Ordinal)
    {
        ["IntegrationType.IsContractScoped:Boolean"] = "whether the integration context is a contract URN rather than the organization",
        ["IntegrationType.static RscTypes:IReadOnlyList`1"] = "the four integration types RSC uses",
    };

    private static IEnumerable<Type> ExtensibleEnums() => Implementing(typeof(IExtensibleEnum<>));

    private static IEnumerable<Type> Urns() => Implementing(typeof(IUrn<>));

    [Test]
    public void ValueTypesThatWrapAWireValue_AreExtensibleEnums_AndUrnTypesAreIUrn()
    {
        Type[] structs = [.. ShippedAssemblies.PublicTypes().Where(t => t.IsValueType && !t.IsEnum)];
        string[] hand = [.. structs.Where(t => t.GetProperty("Value", typeof(string)) is not null && t.GetConstructor([typeof(string)]) is not null && !ExtensibleEnums().Contains(t)).Select(t => t.FullName!)];
        string[] urns = [.. structs.Where(t => t.Name.EndsWith("Urn", StringComparison.Ordinal) && !Urns().Contains(t)).Select(t => t.FullName!)];

        Assert.Multiple(() =>
        {
            Assert.That(ExtensibleEnums().Count(), Is.GreaterThanOrEqualTo(8));
            Assert.That(Urns().Count(), Is.GreaterThanOrEqualTo(4));
            Assert.That(hand, Is.Empty, "a value type wrapping a wire value implements IExtensibleEnum<TSelf>");
            Assert.That(urns, Is.Empty, "a *Urn value type implements IUrn<TSelf>");
        });
    }

    [Test]
    public void ExtensibleEnums_HaveIdenticalShapes()
    {
        var problems = new List<string>();
        foreach (Type type in ExtensibleEnums())
        {
            CheckShape(type, ExtensibleEnumMembers, typeof(ExtensibleEnumJsonConverter<>), problems);
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Urns_HaveIdenticalShapes()
    {
        var problems = new List<string>();
        foreach (Type type in Urns())
        {
            bool numeric = (bool)type.GetProperty("HasNumericId", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            string[] expected = numeric ? [.. UrnMembers, "static FromId(Int64)->TSelf"] : UrnMembers;
            CheckShape(type, expected, typeof(UrnJsonConverter<>), problems);
        }

        Assert.That(problems, Is.Empty);
    }

    private static void CheckShape(Type type, string[] expected, Type converter, List<string> problems)
    {
        if (!type.IsValueType || !type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"))
        {
            problems.Add($"{type.Name}: not a readonly struct");
        }

        if (type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType != converter.MakeGenericType(type))
        {
            problems.Add($"{type.Name}: not [JsonConverter(typeof({converter.Name.Split('`')[0]}<{type.Name}>))]");
        }

        string[] actual = [.. Members(type).Where(m => !Extras.ContainsKey(type.Name + "." + m))];
        problems.AddRange(expected.Except(actual).Select(m => $"{type.Name}: lacks {m}"));
        problems.AddRange(actual.Except(expected).Select(m => $"{type.Name}: has {m}, which the others do not (add it to all, or to Extras with a reason)"));
    }

    /// <summary>The public members, the well-known values (static get-only properties of the type itself) left out.</summary>
    private static IEnumerable<string> Members(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        string T(Type t) => t == type ? "TSelf" : t.IsByRef && t.GetElementType() == type ? "TSelf&" : t.Name;
        foreach (ConstructorInfo c in type.GetConstructors(all))
        {
            yield return $"ctor({string.Join(",", c.GetParameters().Select(p => T(p.ParameterType)))})";
        }

        foreach (PropertyInfo p in type.GetProperties(all))
        {
            bool isStatic = p.GetMethod!.IsStatic;
            if (isStatic && p.PropertyType == type && !p.CanWrite)
            {
                continue;
            }

            yield return $"{(isStatic ? "static " : string.Empty)}{p.Name}:{T(p.PropertyType)}";
        }

        foreach (MethodInfo m in type.GetMethods(all).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            yield return $"{(m.IsStatic ? "static " : string.Empty)}{m.Name}({string.Join(",", m.GetParameters().Select(p => T(p.ParameterType)))})->{T(m.ReturnType)}";
        }
    }

    private static IEnumerable<Type> Implementing(Type generic) =>
        ShippedAssemblies.PublicTypes().Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic && i.GetGenericArguments()[0] == t));
}
