namespace LinkedInRsc.RestLi;

/// <summary>Writes values in protocol 2.0.0 syntax, in one pass, straight into a <see cref="PooledTextBuilder"/>.</summary>
internal static class Version2Writer
{
    /// <summary>Appends <paramref name="value"/> (<c>''</c>, <c>List(a,b)</c>, <c>(k1:v1,k2:v2)</c>).</summary>
    /// <exception cref="ArgumentException">The value nests deeper than <see cref="RestLiCodec.MaxNestingDepth"/> or holds invalid Unicode.</exception>
    internal static void Append(ref PooledTextBuilder builder, RestLiValue value)
    {
        var recent = default(RecentEncodings);
        Append(ref builder, ref recent, value, 0);
    }

    private static void Append(ref PooledTextBuilder builder, ref RecentEncodings recent, RestLiValue value, int depth)
    {
        switch (value.Kind)
        {
            case RestLiValueKind.Primitive:
                AppendPrimitive(ref builder, ref recent, value.AsString(), -1);
                return;
            case RestLiValueKind.List:
                CheckDepth(depth);
                builder.Append("List(");
                ReadOnlySpan<RestLiValue> items = value.ItemSpan;
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(ref builder, ref recent, items[i], depth + 1);
                }

                builder.Append(')');
                return;
            default:
                CheckDepth(depth);
                builder.Append('(');
                ReadOnlySpan<KeyValuePair<string, RestLiValue>> fields = value.FieldSpan;
                for (int i = 0; i < fields.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    var (key, fieldValue) = fields[i];
                    if (key.Length == 0)
                    {
                        builder.Append("''");
                    }
                    else
                    {
                        recent.AppendKey(ref builder, key, i, RestLiPercentEncoding.Unreserved);
                    }

                    builder.Append(':');
                    if (fieldValue.Kind == RestLiValueKind.Primitive)
                    {
                        AppendPrimitive(ref builder, ref recent, fieldValue.AsString(), i);
                    }
                    else
                    {
                        Append(ref builder, ref recent, fieldValue, depth + 1);
                    }
                }

                builder.Append(')');
                return;
        }
    }

    /// <summary>
    /// A guess at the encoded length of <paramref name="value"/>, from its first items only, to rent a buffer the
    /// output fits in without growing.
    /// </summary>
    internal static int EstimateLength(RestLiValue value, int depth = 0)
    {
        if (depth > 4)
        {
            return 16;
        }

        switch (value.Kind)
        {
            case RestLiValueKind.Primitive:
                return value.AsString().Length + 2;
            case RestLiValueKind.List:
                ReadOnlySpan<RestLiValue> items = value.ItemSpan;
                return items.Length == 0 ? 6 : 6 + (items.Length * (EstimateLength(items[0], depth + 1) + 1));
            default:
                int length = 2;
                foreach (var (key, fieldValue) in value.FieldSpan)
                {
                    length += key.Length + 1 + EstimateLength(fieldValue, depth + 1);
                }

                return length;
        }
    }

    /// <summary>Throws when a list or record at <paramref name="depth"/> would nest too deeply.</summary>
    internal static void CheckDepth(int depth)
    {
        if (depth >= RestLiCodec.MaxNestingDepth)
        {
            throw new ArgumentException($"The Rest.li value nests deeper than {RestLiCodec.MaxNestingDepth} levels.");
        }
    }

    private static void AppendPrimitive(ref PooledTextBuilder builder, ref RecentEncodings recent, string text, int position)
    {
        if (text.Length == 0)
        {
            builder.Append("''");
        }
        else
        {
            recent.AppendValue(ref builder, text, position, RestLiPercentEncoding.Unreserved);
        }
    }
}
