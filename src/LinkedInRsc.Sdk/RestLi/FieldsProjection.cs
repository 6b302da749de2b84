namespace LinkedInRsc.RestLi;

/// <summary>
/// The <c>fields</c> projection, sent 1.0-style (<c>fields=a,b:(c,d)</c>) in both protocols: written from a list of
/// field names or a comma-separated text, read back as a list of field names.
/// </summary>
internal static class FieldsProjection
{
    /// <summary>Appends the projection's value.</summary>
    /// <exception cref="ArgumentException">The value is neither a primitive nor a list of primitives.</exception>
    internal static void Append(ref PooledTextBuilder builder, RestLiValue value)
    {
        if (value.Kind == RestLiValueKind.Primitive)
        {
            RestLiPercentEncoding.Append(ref builder, value.AsString(), RestLiPercentEncoding.SafeProjection);
            return;
        }

        if (value.Kind != RestLiValueKind.List)
        {
            throw new ArgumentException("The 'fields' projection must be a list of field names or a comma-separated text.");
        }

        ReadOnlySpan<RestLiValue> items = value.ItemSpan;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Kind != RestLiValueKind.Primitive)
            {
                throw new ArgumentException("The 'fields' projection must be a list of field names.");
            }

            if (i > 0)
            {
                builder.Append(',');
            }

            RestLiPercentEncoding.Append(ref builder, items[i].AsString(), RestLiPercentEncoding.SafeProjection);
        }
    }

    /// <summary>Adds the field names of <paramref name="query"/>[start..end) (a <c>List(...)</c> or comma-separated).</summary>
    /// <exception cref="RestLiFormatException">The projection is malformed; the message names the position.</exception>
    internal static void Read(List<RestLiValue> projection, string query, int start, int end)
    {
        string text = RestLiPercentEncoding.Decode(query, start, end, plusAsSpace: true, positionOffset: 0);
        if (text.StartsWith("List(", StringComparison.Ordinal))
        {
            var list = Version2Parser.Parse(text, 0, text.Length, plusAsSpace: false, positionOffset: start);
            projection.AddRange(list.AsList());
            return;
        }

        int depth = 0;
        int tokenStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
                if (depth < 0)
                {
                    throw new RestLiFormatException($"Invalid 'fields' projection at position {start + i}: unexpected ')'.", start + i);
                }
            }
            else if (c == ',' && depth == 0)
            {
                if (i > tokenStart)
                {
                    projection.Add(RestLiValue.FromString(text[tokenStart..i]));
                }

                tokenStart = i + 1;
            }
        }

        if (depth != 0)
        {
            throw new RestLiFormatException($"Invalid 'fields' projection at position {end}: expected ')' before the end.", end);
        }
    }
}
