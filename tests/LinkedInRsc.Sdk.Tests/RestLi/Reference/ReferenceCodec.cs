// The Rest.li codec as it was before it was rewritten for speed (commit de6fe51), kept verbatim but for names as
// the oracle of RestLiCodecDifferentialTests: the new code must give the same results and the same errors.
using System.Text;

using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi.Reference;

/// <summary>The old <see cref="RestLiCodec"/>.</summary>
internal static class ReferenceCodec
{
    /// <summary>How deeply lists and records may nest, in encoding and decoding.</summary>
    public const int MaxNestingDepth = RestLiCodec.MaxNestingDepth;

    /// <summary>The query parameter carrying a field projection, sent 1.0-style in both protocols.</summary>
    public const string FieldsParameter = RestLiCodec.FieldsParameter;

    /// <summary>Encodes a value in protocol 2.0.0 syntax.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The encoded text, safe to put in a URL.</returns>
    /// <exception cref="ArgumentException">The value nests deeper than <see cref="MaxNestingDepth"/> or holds invalid Unicode.</exception>
    public static string EncodeValue(RestLiValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder();
        AppendVersion2(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Decodes a value written in protocol 2.0.0 syntax (such as a batch map key or a query value).</summary>
    /// <param name="text">The encoded text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="RestLiFormatException">The text is malformed; the message names the position.</exception>
    public static RestLiValue DecodeValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RestLiPercentEncoding.RequireValidUnicode(text);
        return new ReferenceVersion2Parser(text, 0, text.Length, plusAsSpace: false, positionOffset: 0).ParseTopLevel();
    }

    /// <summary>
    /// Encodes a resource key: for a path segment (<c>atsCandidates/{key}/notes</c>) and for the key of a batch
    /// body's <c>entities</c> map, which is exactly the same text.
    /// </summary>
    /// <param name="key">A primitive (simple key) or a record (compound or association key).</param>
    /// <param name="protocol">The protocol version.</param>
    /// <returns>The encoded key.</returns>
    /// <exception cref="ArgumentException">The key cannot be expressed in the protocol (a list, or in 1.0 a record with non-primitive fields).</exception>
    public static string EncodeKey(RestLiValue key, RestLiProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Kind == RestLiValueKind.List)
        {
            throw new ArgumentException("A Rest.li key must be a primitive or a record, not a list.", nameof(key));
        }

        if (protocol == RestLiProtocolVersion.Version2)
        {
            return EncodeValue(key);
        }

        var builder = new StringBuilder();
        if (key.Kind == RestLiValueKind.Primitive)
        {
            ReferencePercentEncoding.Append(builder, key.AsString(), ReferencePercentEncoding.IsSafeVersion1);
            return builder.ToString();
        }

        if (key.Fields.Count == 0)
        {
            throw new ArgumentException("Protocol 1.0 cannot express an empty compound key; use protocol 2.0.", nameof(key));
        }

        bool first = true;
        foreach (var field in key.Fields)
        {
            if (field.Value.Kind != RestLiValueKind.Primitive)
            {
                throw new ArgumentException(
                    $"Protocol 1.0 compound keys hold primitives only, but field '{field.Key}' is a {field.Value.Kind}; use protocol 2.0.",
                    nameof(key));
            }

            if (field.Key.Length == 0)
            {
                throw new ArgumentException("Protocol 1.0 compound keys cannot have an empty field name; use protocol 2.0.", nameof(key));
            }

            if (!first)
            {
                builder.Append('&');
            }

            first = false;
            ReferencePercentEncoding.Append(builder, field.Key, ReferencePercentEncoding.IsUnreserved);
            builder.Append('=');
            ReferencePercentEncoding.Append(builder, field.Value.AsString(), ReferencePercentEncoding.IsSafeVersion1);
        }

        return builder.ToString();
    }

    /// <summary>Decodes a resource key from a path segment or a batch body's map key.</summary>
    /// <param name="text">The encoded key.</param>
    /// <param name="protocol">The protocol version it was written in.</param>
    /// <returns>A primitive (simple key) or a record (compound key).</returns>
    /// <exception cref="RestLiFormatException">The text is malformed; the message names the position.</exception>
    public static RestLiValue DecodeKey(string text, RestLiProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(text);
        RestLiPercentEncoding.RequireValidUnicode(text);
        if (protocol == RestLiProtocolVersion.Version2)
        {
            var value = DecodeValue(text);
            if (value.Kind == RestLiValueKind.List)
            {
                throw new RestLiFormatException("Invalid Rest.li key at position 0: expected a primitive or a record '(...)', found a list.", 0);
            }

            return value;
        }

        if (text.IndexOf('=', StringComparison.Ordinal) < 0)
        {
            return RestLiValue.FromString(ReferencePercentEncoding.Decode(text, 0, text.Length, plusAsSpace: false, positionOffset: 0));
        }

        var fields = new List<KeyValuePair<string, RestLiValue>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int start = 0;
        while (start <= text.Length)
        {
            int amp = text.IndexOf('&', start);
            int end = amp < 0 ? text.Length : amp;
            int eq = text.IndexOf('=', start, end - start);
            if (eq < 0)
            {
                throw new RestLiFormatException($"Invalid Rest.li 1.0 compound key at position {end}: expected '=' after a field name.", end);
            }

            if (eq == start)
            {
                throw new RestLiFormatException($"Invalid Rest.li 1.0 compound key at position {start}: expected a field name before '='.", start);
            }

            string name = ReferencePercentEncoding.Decode(text, start, eq, plusAsSpace: false, positionOffset: 0);
            if (!seen.Add(name))
            {
                throw new RestLiFormatException($"Invalid Rest.li 1.0 compound key at position {start}: a field name appears twice.", start);
            }

            fields.Add(new(name, RestLiValue.FromString(ReferencePercentEncoding.Decode(text, eq + 1, end, plusAsSpace: false, positionOffset: 0))));
            if (amp < 0)
            {
                break;
            }

            start = amp + 1;
        }

        return RestLiValue.RecordOf(fields);
    }

    /// <summary>
    /// Encodes query parameters (without the leading <c>?</c>), in ordinal name order. The <c>fields</c> projection
    /// (a primitive such as <c>"a,b"</c> or a list of field names) is written 1.0-style as <c>fields=a,b</c> in both
    /// protocols.
    /// </summary>
    /// <param name="parameters">The parameters; names must be unique.</param>
    /// <param name="protocol">The protocol version.</param>
    /// <returns>The query string, empty when there are no parameters.</returns>
    /// <exception cref="ArgumentException">A name is empty or repeated, or a value cannot be expressed in the protocol.</exception>
    public static string EncodeQuery(IEnumerable<KeyValuePair<string, RestLiValue>> parameters, RestLiProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        KeyValuePair<string, RestLiValue>[] sorted = [.. parameters];
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder();
        for (int i = 0; i < sorted.Length; i++)
        {
            var (name, value) = (sorted[i].Key, sorted[i].Value);
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A query parameter name is null or empty.", nameof(parameters));
            }

            if (value is null)
            {
                throw new ArgumentException($"The query parameter '{name}' has a null value; leave the parameter out instead.", nameof(parameters));
            }

            if (i > 0 && string.Equals(sorted[i - 1].Key, name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The query parameter '{name}' appears twice; pass a list value instead.", nameof(parameters));
            }

            if (string.Equals(name, FieldsParameter, StringComparison.Ordinal))
            {
                AppendSeparator(builder);
                builder.Append(FieldsParameter).Append('=');
                AppendProjection(builder, value);
            }
            else if (protocol == RestLiProtocolVersion.Version2)
            {
                AppendSeparator(builder);
                ReferencePercentEncoding.Append(builder, name, ReferencePercentEncoding.IsUnreserved);
                builder.Append('=');
                AppendVersion2(builder, value, 0);
            }
            else
            {
                AppendVersion1Parameter(builder, name, value);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes a query string (with or without the leading <c>?</c>), also the form-encoded body of a tunneled
    /// request. Repeated names are merged into a list; <c>fields</c> is returned as a list of field names.
    /// </summary>
    /// <param name="query">The query string as sent (percent-encoded).</param>
    /// <param name="protocol">The protocol version it was written in (<c>X-RestLi-Protocol-Version</c>; 1.0 when absent).</param>
    /// <returns>The parameters by name, in ordinal name order.</returns>
    /// <exception cref="RestLiFormatException">The text is malformed; the message names the position.</exception>
    public static IReadOnlyDictionary<string, RestLiValue> DecodeQuery(string query, RestLiProtocolVersion protocol)
    {
        ArgumentNullException.ThrowIfNull(query);
        RestLiPercentEncoding.RequireValidUnicode(query);
        int start = query.StartsWith('?') ? 1 : 0;
        var version1 = protocol == RestLiProtocolVersion.Version1 ? new ReferenceVersion1QueryBuilder() : null;
        var result = new SortedDictionary<string, RestLiValue>(StringComparer.Ordinal);
        var repeated = new Dictionary<string, List<RestLiValue>>(StringComparer.Ordinal);
        var projection = new List<RestLiValue>();
        bool hasProjection = false;
        while (start < query.Length)
        {
            int amp = query.IndexOf('&', start);
            int end = amp < 0 ? query.Length : amp;
            if (end > start)
            {
                int eq = query.IndexOf('=', start, end - start);
                int nameEnd = eq < 0 ? end : eq;
                int valueStart = eq < 0 ? end : eq + 1;
                if (nameEnd == start)
                {
                    throw new RestLiFormatException($"Invalid query string at position {start}: expected a parameter name before '='.", start);
                }

                string name = ReferencePercentEncoding.Decode(query, start, nameEnd, plusAsSpace: true, positionOffset: 0);
                if (string.Equals(name, FieldsParameter, StringComparison.Ordinal))
                {
                    hasProjection = true;
                    AddProjection(projection, query, valueStart, end);
                }
                else if (version1 is not null)
                {
                    string text = ReferencePercentEncoding.Decode(query, valueStart, end, plusAsSpace: true, positionOffset: 0);
                    version1.Add(name, start, text);
                }
                else
                {
                    var value = new ReferenceVersion2Parser(query, valueStart, end, plusAsSpace: true, positionOffset: 0).ParseTopLevel();
                    if (result.TryGetValue(name, out var existing))
                    {
                        if (!repeated.TryGetValue(name, out var list))
                        {
                            list = [existing];
                            repeated.Add(name, list);
                        }

                        list.Add(value);
                    }
                    else
                    {
                        result.Add(name, value);
                    }
                }
            }

            if (amp < 0)
            {
                break;
            }

            start = amp + 1;
        }

        foreach (var (name, list) in repeated)
        {
            result[name] = RestLiValue.ListOf(list);
        }

        version1?.CopyTo(result);
        if (hasProjection)
        {
            result[FieldsParameter] = RestLiValue.ListOf(projection);
        }

        return result;
    }

    private static void AppendSeparator(StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append('&');
        }
    }

    private static void AppendProjection(StringBuilder builder, RestLiValue value)
    {
        if (value.Kind == RestLiValueKind.Primitive)
        {
            ReferencePercentEncoding.Append(builder, value.AsString(), ReferencePercentEncoding.IsSafeProjection);
            return;
        }

        if (value.Kind != RestLiValueKind.List)
        {
            throw new ArgumentException("The 'fields' projection must be a list of field names or a comma-separated text.");
        }

        for (int i = 0; i < value.Items.Count; i++)
        {
            if (value.Items[i].Kind != RestLiValueKind.Primitive)
            {
                throw new ArgumentException("The 'fields' projection must be a list of field names.");
            }

            if (i > 0)
            {
                builder.Append(',');
            }

            ReferencePercentEncoding.Append(builder, value.Items[i].AsString(), ReferencePercentEncoding.IsSafeProjection);
        }
    }

    private static void AddProjection(List<RestLiValue> projection, string query, int start, int end)
    {
        string text = ReferencePercentEncoding.Decode(query, start, end, plusAsSpace: true, positionOffset: 0);
        if (text.StartsWith("List(", StringComparison.Ordinal))
        {
            var list = new ReferenceVersion2Parser(text, 0, text.Length, plusAsSpace: false, positionOffset: start).ParseTopLevel();
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

    private static void AppendVersion2(StringBuilder builder, RestLiValue value, int depth)
    {
        switch (value.Kind)
        {
            case RestLiValueKind.Primitive:
                string text = value.AsString();
                if (text.Length == 0)
                {
                    builder.Append("''");
                }
                else
                {
                    ReferencePercentEncoding.Append(builder, text, ReferencePercentEncoding.IsUnreserved);
                }

                return;
            case RestLiValueKind.List:
                CheckDepth(depth);
                builder.Append("List(");
                for (int i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    AppendVersion2(builder, value.Items[i], depth + 1);
                }

                builder.Append(')');
                return;
            default:
                CheckDepth(depth);
                builder.Append('(');
                bool first = true;
                foreach (var field in value.Fields)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    if (field.Key.Length == 0)
                    {
                        builder.Append("''");
                    }
                    else
                    {
                        ReferencePercentEncoding.Append(builder, field.Key, ReferencePercentEncoding.IsUnreserved);
                    }

                    builder.Append(':');
                    AppendVersion2(builder, field.Value, depth + 1);
                }

                builder.Append(')');
                return;
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth >= MaxNestingDepth)
        {
            throw new ArgumentException($"The Rest.li value nests deeper than {MaxNestingDepth} levels.");
        }
    }

    private static void AppendVersion1Parameter(StringBuilder builder, string name, RestLiValue value)
    {
        ValidateVersion1Name(name);
        if (value.Kind == RestLiValueKind.List && value.Items.Count > 0 && value.Items.All(static v => v.Kind == RestLiValueKind.Primitive))
        {
            // A top-level list of primitives is a repeated parameter (ids=a&ids=b), as Rest.li 1.0 clients send it.
            foreach (var item in value.Items)
            {
                AppendSeparator(builder);
                builder.Append(name).Append('=');
                ReferencePercentEncoding.Append(builder, item.AsString(), ReferencePercentEncoding.IsSafeVersion1);
            }

            return;
        }

        AppendVersion1Path(builder, name, value, 0);
    }

    private static void AppendVersion1Path(StringBuilder builder, string path, RestLiValue value, int depth)
    {
        switch (value.Kind)
        {
            case RestLiValueKind.Primitive:
                AppendSeparator(builder);
                builder.Append(path).Append('=');
                ReferencePercentEncoding.Append(builder, value.AsString(), ReferencePercentEncoding.IsSafeVersion1);
                return;
            case RestLiValueKind.List:
                CheckDepth(depth);
                if (value.Items.Count == 0)
                {
                    throw new ArgumentException($"Protocol 1.0 cannot express the empty list in query parameter '{path}'; use protocol 2.0 or leave the parameter out.");
                }

                for (int i = 0; i < value.Items.Count; i++)
                {
                    AppendVersion1Path(builder, $"{path}[{i}]", value.Items[i], depth + 1);
                }

                return;
            default:
                CheckDepth(depth);
                if (value.Fields.Count == 0)
                {
                    throw new ArgumentException($"Protocol 1.0 cannot express the empty record in query parameter '{path}'; use protocol 2.0 or leave the parameter out.");
                }

                foreach (var field in value.Fields)
                {
                    ValidateVersion1Name(field.Key);
                    AppendVersion1Path(builder, path + "." + field.Key, field.Value, depth + 1);
                }

                return;
        }
    }

    private static void ValidateVersion1Name(string name)
    {
        foreach (char c in name)
        {
            if (!ReferencePercentEncoding.IsUnreserved(c) || c == '.')
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
}
