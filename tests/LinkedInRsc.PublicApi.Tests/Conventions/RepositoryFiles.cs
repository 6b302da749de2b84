namespace LinkedInRsc.PublicApi.Tests.Conventions;

/// <summary>The repository's own files, for the convention tests that read sources and documents.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the first folder above the test's output holding LinkedInRsc.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The files under <paramref name="folders"/> (relative to the root) whose names end in one of
    /// <paramref name="extensions"/>, build output left out, ordered by their root-relative path with '/' separators.
    /// </summary>
    /// <param name="folders">Folders relative to the root; missing ones are skipped.</param>
    /// <param name="extensions">Name endings, such as ".cs".</param>
    /// <returns>Each file's root-relative path and full path.</returns>
    public static IEnumerable<(string Relative, string Full)> Under(string[] folders, params string[] extensions) =>
        folders
            .Select(r => Path.Combine(Root, r))
            .Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Relative(f), f))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);

    /// <summary>A path relative to the root, with '/' separators.</summary>
    /// <param name="path">A full path.</param>
    /// <returns>The relative path.</returns>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LinkedInRsc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"LinkedInRsc.sln not found above {AppContext.BaseDirectory}.");
    }
}
