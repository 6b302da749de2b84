using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>
/// <c>ToString()</c> of every public type prints ids, codes and counts, never personal data, secrets or bodies: each
/// type is built by reflection with a marker naming the member in every text, address and JSON value it holds, and
/// the markers that come out of <c>ToString()</c> must belong to members that are ids by design.
/// </summary>
[TestFixture]
public sealed partial class ToStringConventionTests
{
    /// <summary>Member names (by suffix) whose value is an identifier, a code or a technical fact, safe to print.</summary>
    private static readonly string[] SafeSuffixes =
    [
        "Id", "Ids", "Key", "Keys", "Urn", "Code", "Codes", "Field", "Method", "Path", "Status", "Kind", "State", "Type",
        "Version", "Outcome", "Reason", "Operation", "Availability", "Stage", "Level", "Name", "Parameter", "Context",
    ];

    /// <summary>Members safe to print although their name does not say so, with the reason.</summary>
    private static readonly Dictionary<string, string> SafeMembers = new(StringComparer.Ordinal)
    {
        ["RequestUri"] = "an API address without its query string",
        ["BaseAddress"] = "the API's address",
        ["TokenEndpoint"] = "the token endpoint's address",
        ["ResourcePath"] = "the resource, e.g. atsCandidates",
        ["CallbackUrl"] = "the ATS's own push endpoint",
        ["UserAgent"] = "the ATS's product token",
        ["Country"] = "a two-letter country code, alone in an address's text",
        ["Detail"] = "the SDK's description of an onboarding step",
        ["LoaderScript"] = "LinkedIn's widget script address",
        ["Extension"] = "the widget's extension setting",
        ["Description"] = "an application's description (a job's is left out by AtsJobPosting)",
        ["Delete"] = "the field names a patch removes",
        ["Rel"] = "a paging link's relation",
        ["Failure"] = "why a push attempt failed (the transport's text)",
    };

    /// <summary>Member names whose value is personal although the suffix looks technical.</summary>
    private static readonly HashSet<string> PersonalAlthoughSuffixed = new(StringComparer.Ordinal)
    {
        "FirstName", "LastName", "CandidateName", "MemberName", "FullName", "CurrentCompanyName",
    };

    [Test]
    public void ToString_OfEveryPublicType_PrintsNoPersonalDataOrBodies()
    {
        var offenders = new List<string>();
        var skipped = new List<string>();
        int audited = 0;
        foreach (Type type in ShippedAssemblies.PublicTypes().Where(Auditable))
        {
            Type? closed = Close(type);
            object? instance = closed is null ? null : Build(closed, closed.Name, depth: 0);
            if (instance is null)
            {
                skipped.Add(type.FullName!);
                continue;
            }

            string text;
            try
            {
                text = instance.ToString() ?? string.Empty;
            }
            catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or ArgumentException)
            {
                skipped.Add(type.FullName + " (" + ex.GetType().Name + ")");
                continue; // a half-built object the type's own rules refuse; its members are audited through their own types
            }

            audited++;
            foreach (Match leak in Marker().Matches(text))
            {
                string member = leak.Groups["member"].Value;
                if (!IsSafe(member))
                {
                    offenders.Add($"{type.FullName}.ToString() prints {member}");
                }
            }
        }

        TestContext.Out.WriteLine($"{audited} public types audited; not built: {string.Join(", ", skipped)}.");
        foreach (string offender in offenders.Distinct())
        {
            TestContext.Out.WriteLine(offender);
        }

        Assert.That(offenders.Distinct(), Is.Empty, "ToString() may print ids, codes and counts only; override it (or PrintMembers of a record) to leave personal data and bodies out");
        Assert.That(audited, Is.GreaterThan(80), "the audit reaches the public models");
    }

    /// <summary>A generic type closed over <see cref="string"/>, or null when its constraints refuse it.</summary>
    private static Type? Close(Type type)
    {
        if (!type.IsGenericTypeDefinition)
        {
            return type;
        }

        try
        {
            return type.MakeGenericType([.. type.GetGenericArguments().Select(_ => typeof(string))]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsSafe(string member) =>
        SafeMembers.ContainsKey(member)
        || (!PersonalAlthoughSuffixed.Contains(member) && SafeSuffixes.Any(s => member.EndsWith(s, StringComparison.Ordinal)));

    private static bool Auditable(Type t) =>
        !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t)
        && !typeof(Attribute).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) && !typeof(IAsyncDisposable).IsAssignableFrom(t) && !typeof(HttpMessageHandler).IsAssignableFrom(t);

    private static string MarkerFor(string member) => $"PII[{member}]";

    [GeneratedRegex(@"PII\[(?<member>[A-Za-z0-9_]+)\]")]
    private static partial Regex Marker();

    private static object? Build(Type t, string member, int depth)
    {
        if (depth > 4)
        {
            return t.IsValueType ? Activator.CreateInstance(t) : null;
        }

        Type? nullable = Nullable.GetUnderlyingType(t);
        if (nullable is not null)
        {
            return Build(nullable, member, depth);
        }

        if (t == typeof(string))
        {
            return MarkerFor(member);
        }

        if (t == typeof(Uri))
        {
            return new Uri("https://pii.example/" + MarkerFor(member));
        }

        if (t == typeof(JsonElement))
        {
            using JsonDocument document = JsonDocument.Parse($"{{\"v\":\"{MarkerFor(member)}\"}}");
            return document.RootElement.Clone();
        }

        if (typeof(JsonNode).IsAssignableFrom(t))
        {
            return new JsonObject { ["v"] = MarkerFor(member) };
        }

        if (t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.Name is "IExtensibleEnum`1" or "IUrn`1"))
        {
            return Activator.CreateInstance(t); // codes and URNs: technical values, not personal data
        }

        if (t.IsEnum)
        {
            return Enum.GetValues(t).GetValue(0);
        }

        if (t.IsPrimitive || t == typeof(decimal) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(TimeSpan) || t == typeof(Guid))
        {
            return t == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) : t == typeof(TimeSpan) ? TimeSpan.FromSeconds(1) : Activator.CreateInstance(t);
        }

        if (t.IsArray)
        {
            Array array = Array.CreateInstance(t.GetElementType()!, 1);
            array.SetValue(Build(t.GetElementType()!, member, depth + 1), 0);
            return array;
        }

        if (t.IsGenericType && t.GetGenericArguments().Length == 2 && typeof(IEnumerable).IsAssignableFrom(t) && t.Name.Contains("Dictionary", StringComparison.Ordinal))
        {
            Type[] args = t.GetGenericArguments();
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            object? key = Build(args[0], member + "Key", depth + 1); // a map's keys are names and ids
            if (key is not null)
            {
                dictionary[key] = Build(args[1], member, depth + 1);
            }

            return dictionary;
        }

        if (t.IsGenericType && t.GetGenericArguments().Length == 1 && typeof(IEnumerable).IsAssignableFrom(t) && (t.IsInterface || t.GetGenericTypeDefinition() == typeof(List<>)))
        {
            Type element = t.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Build(element, member, depth + 1));
            return list;
        }

        if (t.IsInterface || t.IsAbstract || t.IsPointer || t.IsByRef || t.ContainsGenericParameters)
        {
            return null;
        }

        return BuildObject(t, depth);
    }

    private static object? BuildObject(Type t, int depth)
    {
        object? instance = null;
        foreach (ConstructorInfo constructor in t.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
        {
            try
            {
                instance = constructor.Invoke([.. constructor.GetParameters().Select(p => Build(p.ParameterType, Pascal(p.Name!), depth + 1))]);
                break;
            }
            catch (Exception ex) when (ex is TargetInvocationException or TargetException or ArgumentException or MemberAccessException or NotSupportedException)
            {
                // The constructor's own rules refuse a marker (a URN shape, a range): try the next one.
            }
        }

        if (instance is null && t.IsValueType)
        {
            instance = Activator.CreateInstance(t);
        }

        instance ??= FromFactory(t, depth);
        instance ??= RuntimeHelpers.GetUninitializedObject(t);

        foreach (PropertyInfo property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            try
            {
                property.SetValue(instance, Build(property.PropertyType, property.Name, depth + 1));
            }
            catch (Exception ex) when (ex is TargetInvocationException or TargetException or ArgumentException)
            {
                // A value the setter refuses stays as it was.
            }
        }

        return instance;
    }

    /// <summary>A value made by one of the type's public static factories (<c>FromString</c>, <c>Parse</c>, …), simplest first.</summary>
    private static object? FromFactory(Type t, int depth)
    {
        foreach (MethodInfo factory in t.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == t && !m.IsSpecialName && !m.ContainsGenericParameters)
            .OrderBy(m => m.GetParameters().Length))
        {
            try
            {
                return factory.Invoke(null, [.. factory.GetParameters().Select(p => Build(p.ParameterType, Pascal(p.Name!), depth + 1))]);
            }
            catch (Exception ex) when (ex is TargetInvocationException or TargetException or ArgumentException or MemberAccessException or NotSupportedException)
            {
                // Refused: try the next factory.
            }
        }

        return null;
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
