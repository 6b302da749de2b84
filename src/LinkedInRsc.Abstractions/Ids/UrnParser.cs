using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LinkedInRsc;

/// <summary>The parsing rules every <see cref="IUrn{TSelf}"/> shares.</summary>
internal static class UrnParser
{
    private const int MaxIdLength = 64;

    /// <summary>The id of <c>{Prefix}{id}</c>, or a <see cref="FormatException"/> saying what was expected.</summary>
    public static string IdOf<T>(string? text)
        where T : struct, IUrn<T>
    {
        if (text is null)
        {
            throw new FormatException($"A {typeof(T).Name} is required: expected '{T.Prefix}{{id}}' but got null.");
        }

        if (!text.StartsWith(T.Prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"'{Shorten(text)}' is not a {typeof(T).Name}: expected '{T.Prefix}{{id}}'.");
        }

        return RequireId<T>(text[T.Prefix.Length..]);
    }

    public static bool TryParse<T>(string? text, out T result)
        where T : struct, IUrn<T>
    {
        if (text is null || !text.StartsWith(T.Prefix, StringComparison.Ordinal) || !IsValidId(text.AsSpan(T.Prefix.Length), T.HasNumericId))
        {
            result = default;
            return false;
        }

        result = T.FromId(text[T.Prefix.Length..]);
        return true;
    }

    /// <summary>The id itself, or a <see cref="FormatException"/> saying what an id of <typeparamref name="T"/> must be.</summary>
    public static string RequireId<T>([NotNull] string? id)
        where T : struct, IUrn<T>
    {
        if (id is null || !IsValidId(id, T.HasNumericId))
        {
            string rule = T.HasNumericId ? "a positive decimal number" : "letters, digits, '-' or '_'";
            throw new FormatException($"'{Shorten(id)}' is not a valid {typeof(T).Name} id: it must be {rule} of at most {MaxIdLength} characters.");
        }

        return id;
    }

    public static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static InvalidOperationException Uninitialized<T>()
        where T : struct, IUrn<T> =>
        new($"This {typeof(T).Name} is the default value: create it with {typeof(T).Name}.Parse or {typeof(T).Name}.FromId.");

    private static bool IsValidId(ReadOnlySpan<char> id, bool numeric)
    {
        if (id.Length == 0 || id.Length > MaxIdLength)
        {
            return false;
        }

        bool nonZero = false;
        foreach (char c in id)
        {
            bool ok = numeric ? char.IsAsciiDigit(c) : char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
            if (!ok)
            {
                return false;
            }

            nonZero |= c != '0';
        }

        return !numeric || nonZero;
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 80 ? text : text[..80] + "…";
}
