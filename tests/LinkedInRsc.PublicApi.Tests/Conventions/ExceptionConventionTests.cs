namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>The exception types (docs/contributing.md, "Errors").</summary>
[TestFixture]
public sealed class ExceptionConventionTests
{
    private static IEnumerable<Type> PublicExceptions() => ShippedAssemblies.PublicTypes().Where(t => typeof(Exception).IsAssignableFrom(t));

    [Test]
    public void PublicExceptions_DoNotDeriveFromKeyNotFoundOrInvalidOperation()
    {
        string[] offenders = [.. PublicExceptions()
            .Where(t => typeof(KeyNotFoundException).IsAssignableFrom(t) || typeof(InvalidOperationException).IsAssignableFrom(t))
            .Select(t => t.FullName!)];

        Assert.Multiple(() =>
        {
            Assert.That(PublicExceptions(), Is.Not.Empty);
            Assert.That(offenders, Is.Empty, "generic handlers catch KeyNotFoundException and InvalidOperationException for other reasons; derive from a deliberate base");
        });
    }

    [Test]
    public void PublicExceptions_DeriveFromOneOfTheDocumentedBases()
    {
        Type[] bases = [typeof(LinkedInRscException), typeof(Customers.CustomerStateException), typeof(ArgumentException), typeof(FormatException)];
        string[] offenders = [.. PublicExceptions().Where(t => !bases.Any(b => b.IsAssignableFrom(t))).Select(t => t.FullName!)];

        Assert.That(offenders, Is.Empty,
            "a failed call is a LinkedInRscException; a refusal because of the customer's state a CustomerStateException; a bad argument an ArgumentException; malformed text a FormatException");
    }
}
