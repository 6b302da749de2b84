using System.Text.RegularExpressions;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>
/// The source files (docs/contributing.md, "Files" and "Tests"): one type per file, named after it, no shipped
/// file over 500 lines, and test methods named Member_Scenario_Outcome.
/// </summary>
[TestFixture]
public sealed partial class SourceFileConventionTests
{
    private const int MaxLines = 500;

    /// <summary>Files over the limit, each with the reason it is allowed for now.</summary>
    private static readonly Dictionary<string, string> LongFiles = new(StringComparer.Ordinal)
    {
        ["src/LinkedInRsc.Sdk/RestLi/RestLiCodec.cs"] = "being rewritten for speed (perf-codec), which splits it",
    };

    /// <summary>The code held to one type per file: everything shipped, and the standalone emulator.</summary>
    private static readonly string[] OneTypePerFileProjects = ["src", "tools"];

    [Test]
    public void SourceFiles_AreAtMost500Lines()
    {
        string[] offenders = [.. SourceFiles("src", "tools")
            .Where(f => !LongFiles.ContainsKey(f.Relative) && File.ReadLines(f.Full).Count() > MaxLines)
            .Select(f => $"{f.Relative}: {File.ReadLines(f.Full).Count()} lines")];

        Assert.That(offenders, Is.Empty, "split a file by concept before it passes 500 lines");
    }

    [Test]
    public void TestMethods_AreNamedMemberScenarioOutcome()
    {
        var names = new List<(string File, string Name)>();
        foreach ((string relative, string full) in SourceFiles("tests"))
        {
            string[] lines = File.ReadAllLines(full);
            for (int i = 0; i < lines.Length; i++)
            {
                if (!TestAttribute().IsMatch(lines[i]))
                {
                    continue;
                }

                // The method follows its attributes (several [TestCase] lines at most).
                for (int j = i + 1; j < Math.Min(i + 40, lines.Length); j++)
                {
                    Match method = TestMethod().Match(lines[j]);
                    if (method.Success)
                    {
                        names.Add((relative, method.Groups["name"].Value));
                        i = j;
                        break;
                    }
                }
            }
        }

        string[] offenders = [.. names.Where(n => !TestName().IsMatch(n.Name)).Select(n => $"{n.File}: {n.Name}").Distinct()];

        Assert.Multiple(() =>
        {
            Assert.That(names, Has.Count.GreaterThan(300), "the test methods are found");
            Assert.That(offenders, Is.Empty, "test methods are named Member_Scenario_Outcome: two to four PascalCase parts, e.g. UpsertAsync_MoreThan100Records_SendsTwoBatches");
        });
    }

    [Test]
    public void Tests_ShareOneFakeClock()
    {
        string[] clocks = [.. SourceFiles("tests").Where(f => File.ReadLines(f.Full).Any(l => FakeClockClass().IsMatch(l))).Select(f => f.Relative)];

        Assert.That(clocks, Is.EqualTo(new[] { "tests/LinkedInRsc.Tests.Support/TestClock.cs" }), "tests use TestClock (tests/LinkedInRsc.Tests.Support) rather than another FakeTimeProvider subclass");
    }

    [Test]
    public void SourceFiles_HoldOneTopLevelTypeNamedLikeTheFile()
    {
        var offenders = new List<string>();
        (string Relative, string Full)[] files = [.. SourceFiles(OneTypePerFileProjects)];
        foreach ((string relative, string full) in files)
        {
            Match[] types = [.. File.ReadLines(full).Select(l => TopLevelType().Match(l)).Where(m => m.Success)];
            string expected = Path.GetFileNameWithoutExtension(full);
            if (types.Length > 1)
            {
                offenders.Add($"{relative}: {types.Length} top-level types ({string.Join(", ", types.Select(TypeName))})");
            }
            else if (types.Length == 1 && !NamedLike(TypeName(types[0]), types[0].Value.Contains(" partial ", StringComparison.Ordinal), expected))
            {
                offenders.Add($"{relative}: holds {TypeName(types[0])}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.GreaterThan(100), "the source tree is found");
            Assert.That(offenders, Is.Empty, "one concept per file, the file named after it (Name.cs, Name{T}.cs for a generic type, Name.Part.cs for a part of a partial type)");
        });
    }

    /// <summary>
    /// <c>Page</c> in <c>Page.cs</c>; <c>EntityResult&lt;TKey&gt;</c> in <c>EntityResult{TKey}.cs</c> or
    /// <c>EntityResult.cs</c>; a part of a partial type in <c>Type.Part.cs</c> (a resource adding its scripted actions).
    /// </summary>
    private static bool NamedLike(string type, bool partial, string file)
    {
        string plain = type.Split('<')[0];
        string braces = type.Replace('<', '{').Replace('>', '}').Replace(" ", string.Empty, StringComparison.Ordinal);
        return file == plain || file == braces || (partial && file.StartsWith(plain + ".", StringComparison.Ordinal));
    }

    private static string TypeName(Match declaration) => declaration.Groups["name"].Value + declaration.Groups["generic"].Value;

    private static IEnumerable<(string Relative, string Full)> SourceFiles(params string[] roots) => RepositoryFiles.Under(roots, ".cs");

    [GeneratedRegex(@"\bclass \w+(\([^)]*\))?\s*:\s*FakeTimeProvider\b")]
    private static partial Regex FakeClockClass();

    [GeneratedRegex(@"^\s*\[(Test|TestCase|TestCaseSource)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^\s*public (?:async )?(?:Task|ValueTask|void)\S* (?<name>\w+)\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*(_[A-Z0-9][A-Za-z0-9]*){1,3}$")]
    private static partial Regex TestName();

    /// <summary>A type declared at the start of a line: with file-scoped namespaces (enforced), that is a top-level type.</summary>
    [GeneratedRegex(@"^(?:public |internal |file )?(?:(?:static|sealed|abstract|readonly|partial|ref) )*(?:record struct|record class|record|class|struct|interface|enum|delegate [\w<>?,\s]+?) (?<name>\w+)(?<generic><[^>(]+>)?")]
    private static partial Regex TopLevelType();
}
