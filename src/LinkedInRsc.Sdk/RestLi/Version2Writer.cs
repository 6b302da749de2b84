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

    /// <summary>
    /// Appends the <c>ids</c> list of a batch request, <c>List(k1,k2)</c>, as <see cref="Append(ref PooledTextBuilder, RestLiValue)"/>
    /// does, and keeps the text of each key on it (<see cref="RestLiValue.KeepEncodedKey"/>): a key's text in the list is
    /// its text as a resource key, which the batch body's entity names and the answer's names are.
    /// </summary>
    internal static void AppendKeys(ref PooledTextBuilder builder, RestLiValue keys)
    {
        var recent = default(RecentEncodings);
        builder.Append("List(");
        ReadOnlySpan<RestLiValue> items = keys.ItemSpan;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            RestLiValue key = items[i];
            int start = builder.Length;
            Append(ref builder, ref recent, key, 1);
            if (key.Kind != RestLiValueKind.List && key.EncodedKey(RestLiProtocolVersion.Version2) is null)
            {
                key.KeepEncodedKey(RestLiProtocolVersion.Version2, builder.AsSpan()[start..].ToString());
            }
        }

        builder.Append(')');
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
                int copyStart = 0, copyEnd = -1; // a pending copy of earlier output: [copyStart, copyEnd)
                for (int i = 0; i < fields.Length; i++)
                {
                    var (key, fieldValue) = fields[i];
                    string? text = fieldValue.Kind == RestLiValueKind.Primitive ? fieldValue.AsString() : null;
                    if (i > 0 && text is not null && recent.TryField(i, key, text, out int start, out int end))
                    {
                        // ",key:value" as written last time at this position: copied later, with the fields after it.
                        if (copyEnd != start - 1)
                        {
                            Copy(ref builder, copyStart, copyEnd);
                            copyStart = start - 1;
                        }

                        copyEnd = end;
                        continue;
                    }

                    Copy(ref builder, copyStart, copyEnd);
                    copyEnd = -1;
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    int fieldStart = builder.Length;
                    if (key.Length == 0)
                    {
                        builder.Append("''");
                    }
                    else
                    {
                        recent.AppendKey(ref builder, key, i, RestLiPercentEncoding.Unreserved);
                    }

                    builder.Append(':');
                    if (text is not null)
                    {
                        AppendPrimitive(ref builder, ref recent, text, i);
                        recent.RememberField(i, key, text, fieldStart, builder.Length);
                    }
                    else
                    {
                        Append(ref builder, ref recent, fieldValue, depth + 1);
                    }
                }

                Copy(ref builder, copyStart, copyEnd);
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

    /// <summary>Appends the earlier output [start, end), if any (end is -1 when there is nothing to copy).</summary>
    private static void Copy(ref PooledTextBuilder builder, int start, int end)
    {
        if (end >= 0)
        {
            builder.AppendCopy(start, end - start);
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
