namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>Public classes are sealed unless they are a documented extension point (docs/contributing.md, "Models").</summary>
[TestFixture]
public sealed class ModelConventionTests
{
    /// <summary>The public classes meant to be derived from, and why.</summary>
    private static readonly Dictionary<Type, string> OpenByDesign = new()
    {
        [typeof(LinkedInRscException)] = "the one exception for failed calls; AuthenticationFailedException is its one subtype (a distinct handling path)",
        [typeof(RestLi.RestLiClient)] = "the low-level client: SendAsync is virtual so a host can fake the wire",
    };

    [Test]
    public void PublicClasses_AreSealed_UnlessOpenByDesign()
    {
        string[] offenders = [.. ShippedAssemblies.PublicTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !OpenByDesign.ContainsKey(t))
            .Select(t => t.FullName!)];

        Assert.That(offenders, Is.Empty, "models, clients and exceptions are sealed; an open class is listed in OpenByDesign with its reason");
    }

    [Test]
    public void OpenByDesign_ListsOnlyClassesThatAreOpen()
    {
        Assert.That(OpenByDesign.Keys.Where(t => t.IsSealed).Select(t => t.FullName), Is.Empty, "a class sealed since needs no entry");
    }
}
