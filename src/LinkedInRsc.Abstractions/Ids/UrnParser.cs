using System.Diagnostics.CodeAnalysis;

namespace LinkedInRsc;

/// <summary>Shared parsing rules of the URN value types.</summary>
internal static class UrnParser
{
    private const int MaxIdLength = 64;

    public static string Parse(string? text, string prefix, bool numeric, string typeName)
    {
        if (text is null)
        {
            throw new FormatException($"A {typeName} is required: expected '{prefix}{{id}}' but got null.");
        }

        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"'{Shorten(text)}' is not a {typeName}: expected '{prefix}{{id}}'.");
        }

        return RequireId(text[prefix.Length..], numeric, typeName);
    }

    public static bool TryParse(string? text, string prefix, bool numeric, [NotNullWhen(true)] out string? id)
    {
        id = null;
        if (text is null || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        string candidate = text[prefix.Length..];
        if (!IsValidId(candidate, numeric))
        {
            return false;
        }

        id = candidate;
        return true;
    }

    public static string RequireNumericId(string? id, string typeName) => RequireId(id, numeric: true, typeName);

    public static string RequireId(string? id, bool numeric, string typeName)
    {
        if (id is null || !IsValidId(id, numeric))
        {
            string rule = numeric ? "a positive decimal number" : "letters, digits, '-' or '_'";
            throw new FormatException($"'{Shorten(id)}' is not a valid {typeName} id: it must be {rule} of at most {MaxIdLength} characters.");
        }

        return id;
    }

    public static InvalidOperationException Uninitialized(string typeName) =>
        new($"This {typeName} is the default value: create it with {typeName}.Parse or {typeName}.FromId.");

    private static bool IsValidId(string id, bool numeric)
    {
        if (id.Length == 0 || id.Length > MaxIdLength)
        {
            return false;
        }

        foreach (char c in id)
        {
            bool ok = numeric ? char.IsAsciiDigit(c) : char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
            if (!ok)
            {
                return false;
            }
        }

        return !numeric || id.Any(c => c != '0');
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 80 ? text : text[..80] + "…";
}
