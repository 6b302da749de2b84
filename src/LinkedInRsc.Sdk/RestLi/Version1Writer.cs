namespace LinkedInRsc.RestLi;

/// <summary>
/// Writes protocol 1.0: compound keys as <c>k1=v1&amp;k2=v2</c>, query parameters flattened to dotted and indexed
/// names (<c>ids[0].atsCandidateId=C1</c>), in one pass into a <see cref="PooledTextBuilder"/>; the current
/// parameter name is kept in a second builder and cut back after each branch instead of concatenated per value.
/// </summary>
internal static class Version1Writer
{
    /// <summary>What a protocol 1.0 name may hold: the unreserved characters but '.', which separates names.</summary>
    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~");

    /// <summary>Appends a resource key: a primitive, or a record of primitives as <c>k1=v1&amp;k2=v2</c>.</summary>
    /// <exception cref="ArgumentException">The key is an empty record, has an empty field name or a non-primitive field.</exception>
    internal static void AppendKey(ref PooledTextBuilder builder, RestLiValue key)
    {
        if (key.Kind == RestLiValueKind.Primitive)
        {
            RestLiPercentEncoding.Append(ref builder, key.AsString(), RestLiPercentEncoding.SafeVersion1);
            return;
        }

        ReadOnlySpan<KeyValuePair<string, RestLiValue>> fields = key.FieldSpan;
        if (fields.Length == 0)
        {
            throw new ArgumentException("Protocol 1.0 cannot express an empty compound key; use protocol 2.0.", nameof(key));
        }

        for (int i = 0; i < fields.Length; i++)
        {
            var (name, value) = fields[i];
            if (value.Kind != RestLiValueKind.Primitive)
            {
                throw new ArgumentException(
                    $"Protocol 1.0 compound keys hold primitives only, but field '{name}' is a {value.Kind}; use protocol 2.0.",
                    nameof(key));
            }

            if (name.Length == 0)
            {
                throw new ArgumentException("Protocol 1.0 compound keys cannot have an empty field name; use protocol 2.0.", nameof(key));
            }

            if (i > 0)
            {
                builder.Append('&');
            }

            RestLiPercentEncoding.Append(ref builder, name, RestLiPercentEncoding.Unreserved);
            builder.Append('=');
            RestLiPercentEncoding.Append(ref builder, value.AsString(), RestLiPercentEncoding.SafeVersion1);
        }
    }

    /// <summary>
    /// Appends one query parameter (preceded by <c>&amp;</c> unless the builder is empty): a top-level list of
    /// primitives as a repeated name (<c>ids=a&amp;ids=b</c>), anything else flattened.
    /// </summary>
    /// <exception cref="ArgumentException">A name protocol 1.0 cannot carry, an empty list or record, or too deep a value.</exception>
    internal static void AppendParameter(ref PooledTextBuilder builder, string name, RestLiValue value)
    {
        ValidateName(name);
        if (value.Kind == RestLiValueKind.List && value.ItemSpan.Length > 0 && AllPrimitives(value.ItemSpan))
        {
            // A top-level list of primitives is a repeated parameter (ids=a&ids=b), as Rest.li 1.0 clients send it.
            foreach (RestLiValue item in value.ItemSpan)
            {
                AppendName(ref builder, name);
                RestLiPercentEncoding.Append(ref builder, item.AsString(), RestLiPercentEncoding.SafeVersion1);
            }

            return;
        }

        var path = new PooledTextBuilder(64);
        var recent = default(RecentEncodings);
        try
        {
            path.Append(name);
            AppendPath(ref builder, ref path, ref recent, value, 0, -1);
        }
        finally
        {
            path.Dispose();
        }
    }

    /// <summary>Throws unless <paramref name="name"/> is a non-empty run of letters, digits, '-', '_' and '~'.</summary>
    internal static void ValidateName(string name)
    {
        if (name.Length > 0 && name.AsSpan().IndexOfAnyExcept(NameCharacters) < 0)
        {
            return;
        }

        foreach (char c in name)
        {
            if (!RestLiPercentEncoding.IsUnreserved(c) || c == '.')
            {
                throw new ArgumentException(
                    $"Protocol 1.0 parameter and field names may hold only letters, digits, '-', '_' and '~'; '{name}' does not. Use protocol 2.0.");
            }
        }

        if (name.Length == 0)
        {
            throw new ArgumentException("Protocol 1.0 parameter and field names must not be empty; use protocol 2.0.");
        }
    }

    /// <summary>Appends <paramref name="value"/> under the name in <paramref name="path"/>; <paramref name="position"/> is its field position in a record, or -1.</summary>
    private static void AppendPath(ref PooledTextBuilder builder, ref PooledTextBuilder path, ref RecentEncodings recent, RestLiValue value, int depth, int position)
    {
        switch (value.Kind)
        {
            case RestLiValueKind.Primitive:
                AppendName(ref builder, path.AsSpan());
                recent.AppendValue(ref builder, value.AsString(), position, RestLiPercentEncoding.SafeVersion1);
                return;
            case RestLiValueKind.List:
                Version2Writer.CheckDepth(depth);
                ReadOnlySpan<RestLiValue> items = value.ItemSpan;
                if (items.Length == 0)
                {
                    throw new ArgumentException($"Protocol 1.0 cannot express the empty list in query parameter '{path.ToString()}'; use protocol 2.0 or leave the parameter out.");
                }

                int listPath = path.Length;
                for (int i = 0; i < items.Length; i++)
                {
                    path.Append('[');
                    path.Append(i);
                    path.Append(']');
                    AppendPath(ref builder, ref path, ref recent, items[i], depth + 1, -1);
                    path.Length = listPath;
                }

                return;
            default:
                Version2Writer.CheckDepth(depth);
                ReadOnlySpan<KeyValuePair<string, RestLiValue>> fields = value.FieldSpan;
                if (fields.Length == 0)
                {
                    throw new ArgumentException($"Protocol 1.0 cannot express the empty record in query parameter '{path.ToString()}'; use protocol 2.0 or leave the parameter out.");
                }

                int recordPath = path.Length;
                for (int i = 0; i < fields.Length; i++)
                {
                    var (key, fieldValue) = fields[i];
                    ValidateName(key);
                    path.Append('.');
                    path.Append(key);
                    AppendPath(ref builder, ref path, ref recent, fieldValue, depth + 1, i);
                    path.Length = recordPath;
                }

                return;
        }
    }

    private static void AppendName(ref PooledTextBuilder builder, scoped ReadOnlySpan<char> name)
    {
        if (builder.Length > 0)
        {
            builder.Append('&');
        }

        builder.Append(name);
        builder.Append('=');
    }

    private static bool AllPrimitives(ReadOnlySpan<RestLiValue> items)
    {
        foreach (RestLiValue item in items)
        {
            if (item.Kind != RestLiValueKind.Primitive)
            {
                return false;
            }
        }

        return true;
    }
}
