using System.Text.Json;
using System.Text.RegularExpressions;

namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>
/// Every C# block of README.md and docs/ is code that compiles and runs: it is a region of a test
/// (<c>// snippet: name</c> … <c>// end snippet</c> in a file under tests/), and the Markdown shows it under
/// <c>&lt;!-- snippet: name --&gt;</c>, word for word. The test building the region compiles it; running the test runs
/// it. JSON blocks must parse. docs/contributing.md says how to add one.
/// </summary>
[TestFixture]
public sealed partial class DocsSnippetConventionTests
{
    [Test]
    public void CSharpBlocks_OfReadmeAndDocs_AreTestRegions()
    {
        IReadOnlyDictionary<string, string> regions = Regions();
        var offenders = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Block block in Blocks().Where(b => b.Language is "csharp" or "cs" or "c#"))
        {
            if (block.Snippet is null)
            {
                offenders.Add($"{block.Where}: a ```csharp block without <!-- snippet: name --> above it; put the code in a test between // snippet: name and // end snippet");
            }
            else if (!regions.TryGetValue(block.Snippet, out string? code))
            {
                offenders.Add($"{block.Where}: snippet '{block.Snippet}' is not a region of any test under tests/");
            }
            else
            {
                used.Add(block.Snippet);
                if (Normalize(code) != Normalize(block.Text))
                {
                    offenders.Add($"{block.Where}: snippet '{block.Snippet}' differs from its test region; the region reads:\n{code}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(used, Has.Count.GreaterThanOrEqualTo(5), "the README's snippets are found");
            Assert.That(offenders, Is.Empty);
            Assert.That(regions.Keys.Except(used), Is.Empty, "every snippet region is shown somewhere in README.md or docs/ (remove the markers of a region no document shows)");
        });
    }

    [Test]
    public void JsonBlocks_OfReadmeAndDocs_Parse()
    {
        var offenders = new List<string>();
        foreach (Block block in Blocks().Where(b => b.Language == "json"))
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(block.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException ex)
            {
                offenders.Add($"{block.Where}: {ex.Message}");
            }
        }

        Assert.That(offenders, Is.Empty);
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    /// <summary>The fenced blocks of README.md and every Markdown file under docs/.</summary>
    private static IEnumerable<Block> Blocks()
    {
        IEnumerable<(string Relative, string Full)> files = RepositoryFiles.Under(["docs"], ".md")
            .Prepend(("README.md", Path.Combine(RepositoryFiles.Root, "README.md")));
        foreach ((string relative, string file) in files)
        {
            string[] lines = File.ReadAllLines(file);
            string? snippet = null;
            for (int i = 0; i < lines.Length; i++)
            {
                Match marker = SnippetMarker().Match(lines[i]);
                if (marker.Success)
                {
                    snippet = marker.Groups["name"].Value;
                    continue;
                }

                Match fence = Fence().Match(lines[i]);
                if (!fence.Success)
                {
                    if (lines[i].Trim().Length > 0)
                    {
                        snippet = null; // a marker names the block right below it
                    }

                    continue;
                }

                string indent = fence.Groups["indent"].Value;
                int start = i + 1;
                int end = start;
                while (end < lines.Length && lines[end].Trim() != "```")
                {
                    end++;
                }

                string text = string.Join('\n', lines[start..end].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
                yield return new Block($"{relative}:{i + 1}", fence.Groups["lang"].Value.ToLowerInvariant(), snippet, text);
                snippet = null;
                i = end;
            }
        }
    }

    /// <summary>The snippet regions of every C# file under tests/, by name, with the marker's indentation removed.</summary>
    private static Dictionary<string, string> Regions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((_, string file) in RepositoryFiles.Under(["tests"], ".cs"))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                Match begin = RegionStart().Match(lines[i]);
                if (!begin.Success)
                {
                    continue;
                }

                string name = begin.Groups["name"].Value;
                int indent = begin.Groups["indent"].Value.Length;
                int end = Array.FindIndex(lines, i + 1, l => RegionEnd().IsMatch(l));
                Assert.That(end, Is.GreaterThan(i), $"{file}: snippet '{name}' has no // end snippet");
                Assert.That(regions.ContainsKey(name), Is.False, $"snippet '{name}' is defined twice");
                regions[name] = string.Join('\n', lines[(i + 1)..end].Select(l => l.Length >= indent && l[..indent].Trim().Length == 0 ? l[indent..] : l.TrimStart()));
                i = end;
            }
        }

        return regions;
    }

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<name>[\w.-]+)\s*-->\s*$")]
    private static partial Regex SnippetMarker();

    [GeneratedRegex(@"^(?<indent>\s*)```(?<lang>[\w#+-]+)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?<indent>\s*)// snippet: (?<name>[\w.-]+)\s*$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^\s*// end snippet\s*$")]
    private static partial Regex RegionEnd();

    private sealed record Block(string Where, string Language, string? Snippet, string Text);
}
