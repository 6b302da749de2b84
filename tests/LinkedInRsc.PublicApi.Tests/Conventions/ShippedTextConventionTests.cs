using System.Text.RegularExpressions;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>
/// What ships (the packages' sources, whose XML docs become IntelliSense, README.md, CHANGELOG.md and docs/) stands on
/// its own: it cites our docs (docs/linkedin-api.md for LinkedIn's API), never the team's internal notes, which the
/// packages do not contain.
/// </summary>
[TestFixture]
public sealed partial class ShippedTextConventionTests
{
    [Test]
    public void ShippedText_CitesNoInternalNotes()
    {
        IEnumerable<(string Relative, string Full)> files = RepositoryFiles.Under(["src", "tools", "docs"], ".cs", ".md", ".csproj")
            .Concat(new[] { "README.md", "CHANGELOG.md" }.Select(f => (f, Path.Combine(RepositoryFiles.Root, f))));

        string[] offenders = [.. files
            .SelectMany(f => File.ReadLines(f.Full).Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => InternalNote().IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")];

        Assert.That(offenders, Is.Empty, "cite docs/linkedin-api.md (or nothing) instead of the internal reference notes");
    }

    /// <summary>"rsc-reference", a section sign (how the notes are cited) or the notes' folder.</summary>
    [GeneratedRegex(@"rsc-reference|§|/work/shared|house-style\.md", RegexOptions.IgnoreCase)]
    private static partial Regex InternalNote();
}
