namespace LinkedInRsc.RestLi;

/// <summary>The check decoders make before adding a field to a record: is its key already there?</summary>
internal static class RecordKeys
{
    /// <summary>Records with more fields than this are checked with a set instead of a scan.</summary>
    private const int ScanUpTo = 16;

    /// <summary>
    /// Whether <paramref name="key"/> is among the keys of <paramref name="fields"/> (the fields read so far); a scan
    /// for the usual few fields, a set (created in <paramref name="seen"/> and kept up to date) for many.
    /// </summary>
    internal static bool IsRepeated(ReadOnlySpan<KeyValuePair<string, RestLiValue>> fields, string key, ref HashSet<string>? seen)
    {
        if (seen is null && fields.Length < ScanUpTo)
        {
            foreach (var field in fields)
            {
                if (string.Equals(field.Key, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        if (seen is null)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                seen.Add(field.Key);
            }
        }

        return !seen.Add(key);
    }
}
