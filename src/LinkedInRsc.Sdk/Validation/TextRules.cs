using System.Globalization;

namespace LinkedInRsc.Validation;

/// <summary>
/// The rules every text of a synced record keeps, whatever its field: valid Unicode (no unpaired surrogate, which
/// cannot be encoded and would fail the whole batch), no control characters (a NUL or an escape in a name is always
/// a bug of the ATS, and some systems cut the text there), and a length bound (an id or a name of megabytes is a
/// bug too, and would make the batch too large for LinkedIn). The bounds are the SDK's, generous for real data.
/// </summary>
internal static class TextRules
{
    /// <summary>The longest id the SDK sends.</summary>
    public const int MaxIdLength = 255;

    /// <summary>The longest short text (a name, a title, an e-mail address, a URL) the SDK sends.</summary>
    public const int MaxShortTextLength = 2_000;

    /// <summary>The longest long text (a job description, a note, feedback) the SDK sends.</summary>
    public const int MaxLongTextLength = 100_000;

    /// <summary>Adds the broken rule of one id, if any.</summary>
    public static void Id(List<ValidationError> errors, string? value, string field) => Check(errors, value, field, MaxIdLength, multiline: false);

    /// <summary>Adds the broken rule of one short text, if any.</summary>
    public static void Short(List<ValidationError> errors, string? value, string field) => Check(errors, value, field, MaxShortTextLength, multiline: false);

    /// <summary>Adds the broken rule of one long text (line breaks and tabs allowed), if any.</summary>
    public static void Long(List<ValidationError> errors, string? value, string field) => Check(errors, value, field, MaxLongTextLength, multiline: true);

    /// <summary>The first rule a text breaks (never quoting it: it may be personal data), or <see langword="null"/>.</summary>
    public static string? Broken(string value, int maxLength, bool multiline)
    {
        if (value.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters (it has {value.Length}).");
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"is not valid Unicode: an unpaired surrogate at index {i}.");
            }
            else if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"must not contain control characters (U+{(int)c:X4} at index {i}).");
            }
        }

        return null;
    }

    /// <summary>Checks every field of <paramref name="fields"/> on <paramref name="entity"/>, each under <paramref name="prefix"/> (e.g. <c>addresses[0].</c>).</summary>
    public static void Apply<T>(List<ValidationError> errors, T entity, IReadOnlyList<TextField<T>> fields, string prefix = "")
    {
        foreach (TextField<T> f in fields)
        {
            string field = prefix.Length == 0 ? f.Field : prefix + f.Field;
            switch (f.Kind)
            {
                case TextKind.Id:
                    Id(errors, f.Value(entity), field);
                    break;
                case TextKind.Long:
                    Long(errors, f.Value(entity), field);
                    break;
                default:
                    Short(errors, f.Value(entity), field);
                    break;
            }
        }
    }

    private static void Check(List<ValidationError> errors, string? value, string field, int maxLength, bool multiline)
    {
        if (value is not null && !HasError(errors, field) && Broken(value, maxLength, multiline) is { } reason)
        {
            errors.Add(new(field, reason));
        }
    }

    /// <summary>Whether <paramref name="field"/> has an error already (a loop: a lambda would allocate its closure per field checked).</summary>
    private static bool HasError(List<ValidationError> errors, string field)
    {
        foreach (ValidationError error in errors)
        {
            if (error.Field == field)
            {
                return true;
            }
        }

        return false;
    }
}
