using System.Reflection;
using System.Text.RegularExpressions;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>The shape of the public async methods: verbs, streams and pages (docs/contributing.md, "Verbs").</summary>
[TestFixture]
public sealed partial class AsyncConventionTests
{
    [Test]
    public void Surface_HasTheMethodsTheseConventionsHold()
    {
        MethodInfo[] methods = [.. ShippedAssemblies.PublicMethods()];

        Assert.Multiple(() =>
        {
            Assert.That(AsyncMethods().Count(), Is.GreaterThan(50), "async methods are found");
            Assert.That(methods.Count(m => IsGeneric(m.ReturnType, typeof(IAsyncEnumerable<>))), Is.GreaterThanOrEqualTo(5), "streams are found");
            Assert.That(methods.Count(ReturnsPage), Is.GreaterThanOrEqualTo(2), "page methods are found");
        });
    }

    [Test]
    public void AsyncMethods_EndInAsync()
    {
        string[] offenders = [.. AsyncMethods().Where(m => !m.Name.EndsWith("Async", StringComparison.Ordinal)).Select(ShippedAssemblies.Describe)];

        Assert.That(offenders, Is.Empty, "every public method returning Task, ValueTask or IAsyncEnumerable ends in Async");
    }

    [Test]
    public void AsyncMethods_TakeAnOptionalCancellationTokenLast()
    {
        string[] offenders = [.. AsyncMethods().Where(m =>
            {
                ParameterInfo? last = m.GetParameters().LastOrDefault();
                return last is null || last.ParameterType != typeof(CancellationToken) || last.Name != "cancellationToken" || !last.HasDefaultValue;
            })
            .Select(ShippedAssemblies.Describe)];

        Assert.That(offenders, Is.Empty, "every public async method ends with CancellationToken cancellationToken = default");
    }

    [Test]
    public void Streams_AreListAsyncMethodsReturningIAsyncEnumerable()
    {
        MethodInfo[] methods = [.. ShippedAssemblies.PublicMethods()];
        string[] streamsNotNamedList = [.. methods.Where(m => IsGeneric(m.ReturnType, typeof(IAsyncEnumerable<>)) && !ListName().IsMatch(m.Name)).Select(ShippedAssemblies.Describe)];
        string[] listsNotStreaming = [.. methods.Where(m => ListName().IsMatch(m.Name) && !IsGeneric(m.ReturnType, typeof(IAsyncEnumerable<>))).Select(ShippedAssemblies.Describe)];

        Assert.Multiple(() =>
        {
            Assert.That(streamsNotNamedList, Is.Empty, "a method that streams is named List*Async (never Get*Async)");
            Assert.That(listsNotStreaming, Is.Empty, "a List*Async method returns IAsyncEnumerable<T>");
        });
    }

    [Test]
    public void Pages_AreGetPageAsyncMethodsReturningPage()
    {
        MethodInfo[] methods = [.. ShippedAssemblies.PublicMethods()];
        string[] pagesNotNamedGetPage = [.. methods.Where(m => ReturnsPage(m) && !PageName().IsMatch(m.Name)).Select(ShippedAssemblies.Describe)];
        string[] getPagesNotReturningPage = [.. methods.Where(m => PageName().IsMatch(m.Name) && !ReturnsPage(m)).Select(ShippedAssemblies.Describe)];

        Assert.Multiple(() =>
        {
            Assert.That(pagesNotNamedGetPage, Is.Empty, "a method returning one Page<T> is named Get*PageAsync");
            Assert.That(getPagesNotReturningPage, Is.Empty, "a Get*PageAsync method returns Task<Page<T>>");
        });
    }

    private static IEnumerable<MethodInfo> AsyncMethods() =>
        ShippedAssemblies.PublicMethods().Where(m =>
            m.ReturnType == typeof(Task) || m.ReturnType == typeof(ValueTask)
            || IsGeneric(m.ReturnType, typeof(Task<>)) || IsGeneric(m.ReturnType, typeof(ValueTask<>)) || IsGeneric(m.ReturnType, typeof(IAsyncEnumerable<>)));

    private static bool ReturnsPage(MethodInfo method) =>
        IsGeneric(method.ReturnType, typeof(Task<>)) && IsGeneric(method.ReturnType.GetGenericArguments()[0], typeof(Page<>));

    private static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    [GeneratedRegex("^List[A-Za-z]*Async$")]
    private static partial Regex ListName();

    [GeneratedRegex("^Get[A-Za-z]*PageAsync$")]
    private static partial Regex PageName();
}
