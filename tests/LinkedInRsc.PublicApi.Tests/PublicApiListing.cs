using PublicApiGenerator;

namespace LinkedInRsc.PublicApi.Tests;

/// <summary>How the approved listings are generated: the public surface only, without build-dependent attributes.</summary>
internal static class PublicApiListing
{
    /// <summary>
    /// Attributes that say nothing about the public surface. The state-machine attributes name compiler-generated
    /// classes (<c>&lt;ListAsync&gt;d__3</c>) whose number changes when a private async method is added.
    /// </summary>
    private static readonly string[] ExcludedAttributes =
    [
        "System.Runtime.Versioning.TargetFrameworkAttribute",
        "System.Reflection.AssemblyMetadataAttribute",
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
        "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
    ];

    public static ApiGeneratorOptions Options(Type[]? includeTypes = null) => new()
    {
        IncludeAssemblyAttributes = false,
        ExcludeAttributes = ExcludedAttributes,
        AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        IncludeTypes = includeTypes,
    };
}
