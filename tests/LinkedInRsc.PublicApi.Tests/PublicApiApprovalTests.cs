using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace LinkedInRsc.PublicApi.Tests;

/// <summary>
/// The public surface of every shipped assembly is a reviewed artifact: a change to it must come with an update of
/// the approved file (and a CHANGELOG entry).
/// </summary>
[TestFixture]
public sealed class PublicApiApprovalTests
{
    private static readonly string[] Assemblies = ["LinkedInRsc.Abstractions", "LinkedInRsc.Sdk", "LinkedInRsc.Testing"];

    [TestCaseSource(nameof(Assemblies))]
    public void PublicApi_MatchesApprovedFile(string assemblyName)
    {
        Assembly assembly = Assembly.Load(assemblyName);
        string actual = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        });

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

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}
