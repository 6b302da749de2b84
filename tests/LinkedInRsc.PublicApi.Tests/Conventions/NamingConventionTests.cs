using System.Text.RegularExpressions;
using LinkedInRsc.Customers;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>The naming rule of the public types (docs/contributing.md, "Names").</summary>
[TestFixture]
public sealed partial class NamingConventionTests
{
    /// <summary>The package-level entry points: the only public types that may carry the product's name.</summary>
    private static readonly HashSet<string> LinkedInRscNames = new(StringComparer.Ordinal)
    {
        "LinkedInRscOptions",
        "LinkedInRscException",
        "ILinkedInRscBuilder",
        "LinkedInRscServiceCollectionExtensions",
        "LinkedInRscBuilderExtensions",
        "LinkedInRscDefaults",
        "LinkedInRscEmulator",
    };

    [Test]
    public void PublicTypes_CarryTheProductNameOnlyOnTheEntryPoints()
    {
        string[] offenders = [.. ShippedAssemblies.PublicTypes()
            .Where(t => Name(t).StartsWith("LinkedInRsc", StringComparison.Ordinal) && !LinkedInRscNames.Contains(Name(t)))
            .Select(t => t.FullName!)];

        Assert.That(offenders, Is.Empty, "only the allow-listed entry points are named LinkedInRsc*; everything else is unprefixed inside the LinkedInRsc namespaces");
    }

    [Test]
    public void PublicTypes_DoNotStutterTheNamespaceWithAnRscPrefix()
    {
        string[] offenders = [.. ShippedAssemblies.PublicTypes().Where(t => RscPrefix().IsMatch(Name(t))).Select(t => t.FullName!)];

        Assert.That(offenders, Is.Empty, "no public type starts with Rsc or IRsc: the namespace already says it");
    }

    [Test]
    public void PublicInterfaces_NameTheirRole()
    {
        string[] offenders = [.. ShippedAssemblies.PublicTypes().Where(t => t.IsInterface && !InterfaceRole().IsMatch(Name(t))).Select(t => t.FullName!)];

        Assert.That(offenders, Is.Empty,
            "a public interface is a capability (I<Capability>Client), a host extension point (I<Noun>Store/Directory/Handler/Sink/Provider), " +
            "a factory or engine (I<Noun>Factory/Engine), a builder, or one of the value-type shapes (IExtensibleEnum, IUrn)");
    }

    [Test]
    public void CustomerClient_ExposesEveryCapabilityAsAnIClient()
    {
        string[] offenders = [.. typeof(ICustomerClient).GetProperties()
            .Where(p => p.PropertyType.IsInterface && !CapabilityClient().IsMatch(p.PropertyType.Name))
            .Select(p => $"{p.Name}: {p.PropertyType.FullName}")];

        Assert.Multiple(() =>
        {
            Assert.That(typeof(ICustomerClient).GetProperties().Count(p => p.PropertyType.IsInterface), Is.GreaterThan(0));
            Assert.That(offenders, Is.Empty, "capabilities reached through ICustomerClient are I<Capability>Client interfaces");
        });
    }

    /// <summary>The name without the generic arity (<c>Page`1</c> → <c>Page</c>).</summary>
    private static string Name(Type type) => type.Name.Split('`')[0];

    [GeneratedRegex("^I?Rsc[A-Z]")]
    private static partial Regex RscPrefix();

    [GeneratedRegex("^I[A-Z][A-Za-z]*(Client|Store|Directory|Handler|Sink|Provider|Factory|Engine|Builder)$|^I(ExtensibleEnum|Urn)$")]
    private static partial Regex InterfaceRole();

    [GeneratedRegex("^I[A-Z][A-Za-z]*Client$")]
    private static partial Regex CapabilityClient();
}
