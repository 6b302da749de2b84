using System.Reflection;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>The shipped assemblies and their public surface, for the convention tests.</summary>
internal static class ShippedAssemblies
{
    public static readonly Assembly[] All =
    [
        typeof(LinkedInRscException).Assembly,
        typeof(LinkedInRscOptions).Assembly,
        typeof(Testing.LinkedInRscEmulator).Assembly,
        typeof(Microsoft.AspNetCore.Builder.LinkedInRscEndpointRouteBuilderExtensions).Assembly,
        typeof(Redis.RedisOptions).Assembly,
    ];

    /// <summary>Every public type of the shipped assemblies.</summary>
    public static IEnumerable<Type> PublicTypes() => All.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Every public method (not property or event accessor) declared by a public type, that is not an implementation of a BCL member.</summary>
    public static IEnumerable<MethodInfo> PublicMethods() =>
        PublicTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && IsOurs(m)));

    /// <summary>Whether a type comes from one of the shipped assemblies.</summary>
    public static bool IsShipped(Type type) => All.Contains(type.Assembly);

    /// <summary>A member as the failure messages name it.</summary>
    public static string Describe(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";

    /// <summary>
    /// False for a method that overrides or implements a member of a type we do not own (<c>DisposeAsync</c>,
    /// <c>ToString</c>, a JSON converter's <c>Read</c>): its name and shape are the BCL's.
    /// </summary>
    private static bool IsOurs(MethodInfo method)
    {
        if (!IsShipped(method.GetBaseDefinition().DeclaringType!))
        {
            return false;
        }

        Type type = method.DeclaringType!;
        if (type.IsInterface)
        {
            return true;
        }

        foreach (Type contract in type.GetInterfaces().Where(i => !IsShipped(i.IsGenericType ? i.GetGenericTypeDefinition() : i)))
        {
            InterfaceMapping map = type.GetInterfaceMap(contract);
            if (map.TargetMethods.Contains(method))
            {
                return false;
            }
        }

        return true;
    }
}
