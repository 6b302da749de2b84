using System.Reflection;
using PublicApiGenerator;

namespace LinkedInRsc.PublicApi.Tests;

/// <summary>
/// The public surface of every shipped assembly is a reviewed artifact: a change to it must come with an update of
/// the approved file (and a CHANGELOG entry).
/// </summary>
[TestFixture]
public sealed class PublicApiApprovalTests
{
    private static readonly string[] Assemblies = ["LinkedInRsc.Abstractions", "LinkedInRsc.Sdk", "LinkedInRsc.Testing", "LinkedInRsc.AspNetCore", "LinkedInRsc.Redis"];

    [TestCaseSource(nameof(Assemblies))]
    public void PublicApi_MatchesApprovedFile(string assemblyName)
    {
        Assembly assembly = Assembly.Load(assemblyName);
        string actual = assembly.GeneratePublicApi(PublicApiListing.Options());

        string approvedDir = Path.Combine(ThisDirectory(), "Approved");
        string approvedPath = Path.Combine(approvedDir, assemblyName + ".approved.txt");
        string receivedPath = Path.Combine(approvedDir, assemblyName + ".received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;

        if (Normalize(approved) == Normalize(actual))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"The public API of {assemblyName} changed. Compare {receivedPath} with {approvedPath}; " +
                    "if the change is intended, replace the approved file with the received one and add a CHANGELOG entry.");
    }

    [Test]
    public void Listing_AsyncAndIteratorMethods_ShowNoCompilerGeneratedNames()
    {
        string listing = typeof(AsyncSample).Assembly.GeneratePublicApi(PublicApiListing.Options([typeof(AsyncSample)]));
        string unfiltered = typeof(AsyncSample).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeTypes = [typeof(AsyncSample)] });

        Assert.Multiple(() =>
        {
            Assert.That(listing, Does.Contain("ListAsync(").And.Contain("RunAsync(").And.Contain("Numbers("));
            Assert.That(listing, Does.Not.Contain("d__").And.Not.Contain("StateMachine"), "a private async method must not change the approved listing");
            Assert.That(unfiltered, Does.Contain("d__"), "without the filter the generator lists the state machines (this test can fail)");
        });
    }

    /// <summary>
    /// The project folder, found from the test binary's location (not [CallerFilePath]: deterministic CI builds map
    /// source paths to /_/).
    /// </summary>
    private static string ThisDirectory()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LinkedInRsc.PublicApi.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"LinkedInRsc.PublicApi.Tests.csproj not found above {AppContext.BaseDirectory}.");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}

/// <summary>An async method, an async iterator and an iterator: what the compiler gives a state-machine attribute.</summary>
public sealed class AsyncSample
{
    /// <summary>An async iterator.</summary>
    public static async IAsyncEnumerable<int> ListAsync()
    {
        await Task.Yield();
        yield return 1;
    }

    /// <summary>An async method.</summary>
    public static async Task RunAsync() => await Task.Yield();

    /// <summary>An iterator.</summary>
    public static IEnumerable<int> Numbers()
    {
        yield return 1;
    }
}
