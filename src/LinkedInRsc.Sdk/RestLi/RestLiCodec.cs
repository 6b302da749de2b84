using System.Buffers;

namespace LinkedInRsc.RestLi;

/// <summary>
/// Encodes and decodes Rest.li keys, values and query strings in protocol 2.0.0 and 1.0, as LinkedIn's clients send
/// them. Decoding accepts what either side may produce (fully or partly percent-encoded text, lower- or upper-case
/// escapes) and throws <see cref="RestLiFormatException"/> for anything else.
/// </summary>
/// <remarks>
/// <para><b>Protocol 2.0.0</b>: primitives are percent-encoded except RFC 3986 unreserved characters (so
/// <c>urn:li:x:1</c> becomes <c>urn%3Ali%3Ax%3A1</c>; the syntax characters <c>( ) , : '</c> never appear
/// unescaped in a primitive), the empty string is <c>''</c>, lists are <c>List(a,b)</c>, records are
/// <c>(k1:v1,k2:v2)</c> with keys in ordinal order, and query parameters are emitted in ordinal name order. The
/// <c>fields</c> projection is the exception: it is sent 1.0-style (<c>fields=a,b</c>).</para>
/// <para><b>Protocol 1.0</b>: a record parameter is flattened to dotted names (<c>timeRange.start=1</c>), a list of
/// records to indexed names (<c>ids[0].atsCandidateId=C1</c>), a list of primitives to a repeated name
/// (<c>ids=a&amp;ids=b</c>); compound keys in paths and batch bodies are <c>k1=v1&amp;k2=v2</c>. Protocol 1.0 cannot
/// express empty lists or records, and cannot tell a one-item list of primitives from the primitive
/// (use <see cref="RestLiValue.AsList"/> when reading one).</para>
/// </remarks>
public static class RestLiCodec
{
    /// <summary>How deeply lists and records may nest, in encoding and decoding.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>The query parameter carrying a field projection, sent 1.0-style in both protocols.</summary>
    public const string FieldsParameter = "fields";

    /// <summary>The query parameter of a batch request's keys, whose texts are kept on the keys (see <see cref="EncodeKey"/>).</summary>
    internal const string IdsParameter = "ids";

    private static readonly SearchValues<char> NameStops = SearchValues.Create("=&%+");
    private static readonly SearchValues<char> ParameterStops = SearchValues.Create("=&");
    private static readonly SearchValues<char> ValueStops = SearchValues.Create("&%+");

    /// <summary>Encodes a value in protocol 2.0.0 syntax.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The encoded text, safe to put in a URL.</returns>
    /// <exception cref="ArgumentException">The value nests deeper than <see cref="MaxNestingDepth"/> or holds invalid Unicode.</exception>
    public static string EncodeValue(RestLiValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PooledTextBuilder.Build(value, static (ref PooledTextBuilder builder, RestLiValue value) => Version2Writer.Append(ref builder, value));
    }

    /// <summary>Decodes a value written in protocol 2.0.0 syntax (such as a batch map key or a query value).</summary>
    /// <param name="text">The encoded text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="RestLiFormatException">The text is malformed; the message names the position.</exception>
    public static RestLiValue DecodeValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RestLiPercentEncoding.RequireValidUnicode(text);
        return Version2Parser.Parse(text, 0, text.Length, plusAsSpace: false, positionOffset: 0);
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

        if (key.EncodedKey(protocol) is { } known)
        {
            return known; // encoded before (a batch's `ids` query, or an earlier call): the value is immutable
        }

        string text = protocol == RestLiProtocolVersion.Version2
            ? EncodeValue(key)
            : PooledTextBuilder.Build(key, static (ref PooledTextBuilder builder, RestLiValue key) => Version1Writer.AppendKey(ref builder, key));
        key.KeepEncodedKey(protocol, text);
        return text;
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
        if (protocol != RestLiProtocolVersion.Version2)
        {
            return Version1KeyParser.Parse(text);
        }

        var value = DecodeValue(text);
        return value.Kind == RestLiValueKind.List
            ? throw new RestLiFormatException("Invalid Rest.li key at position 0: expected a primitive or a record '(...)', found a list.", 0)
            : value;
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
        // Rent a buffer the query likely fits in (1.0 repeats the names: twice the 2.0 length), so it rarely grows.
        long estimate = 16;
        foreach (var (name, value) in sorted)
        {
            estimate += (name?.Length ?? 0) + 2 + (value is null ? 0 : Version2Writer.EstimateLength(value));
        }

        int capacity = (int)Math.Min(protocol == RestLiProtocolVersion.Version2 ? estimate : estimate * 2, 1 << 20);
        return protocol == RestLiProtocolVersion.Version2
            ? PooledTextBuilder.Build(sorted, static (ref PooledTextBuilder builder, KeyValuePair<string, RestLiValue>[] sorted) => AppendQuery(ref builder, sorted, RestLiProtocolVersion.Version2), capacity)
            : PooledTextBuilder.Build(sorted, static (ref PooledTextBuilder builder, KeyValuePair<string, RestLiValue>[] sorted) => AppendQuery(ref builder, sorted, RestLiProtocolVersion.Version1), capacity);
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
        bool isVersion1 = protocol == RestLiProtocolVersion.Version1;
        var result = new SortedDictionary<string, RestLiValue>(StringComparer.Ordinal);
        Dictionary<string, List<RestLiValue>>? repeated = null;
        List<RestLiValue>? projection = null;
        var version1 = isVersion1 ? new Version1QueryBuilder() : default;
        var nameScratch = default(PooledTextBuilder);
        var valueScratch = default(PooledTextBuilder);
        try
        {
            int start = query.StartsWith('?') ? 1 : 0;
            while (start < query.Length)
            {
                // One scan each finds where the name and the value end and whether they hold anything to decode.
                int stop = IndexOfAny(query, start, NameStops);
                bool nameEscaped = stop >= 0 && query[stop] is '%' or '+';
                if (nameEscaped)
                {
                    stop = IndexOfAny(query, stop, ParameterStops);
                }

                int eq = stop >= 0 && query[stop] == '=' ? stop : -1;
                int end = stop;
                bool valueEscaped = false;
                RestLiValue? known = null;
                if (eq >= 0 && isVersion1 && version1.TryRecentValue(query, eq + 1, out known, out int knownEnd))
                {
                    end = knownEnd;
                }
                else if (eq >= 0)
                {
                    end = IndexOfAny(query, eq + 1, ValueStops);
                    valueEscaped = end >= 0 && query[end] != '&';
                    if (valueEscaped)
                    {
                        end = query.IndexOf('&', end);
                    }
                }

                end = end < 0 ? query.Length : end;
                if (end > start)
                {
                    int nameEnd = eq < 0 ? end : eq;
                    int valueStart = eq < 0 ? end : eq + 1;
                    if (nameEnd == start)
                    {
                        throw new RestLiFormatException($"Invalid query string at position {start}: expected a parameter name before '='.", start);
                    }

                    ReadOnlySpan<char> name = nameEscaped
                        ? RestLiPercentEncoding.Decode(query, start, nameEnd, plusAsSpace: true, positionOffset: 0, ref nameScratch)
                        : query.AsSpan(start, nameEnd - start);
                    if (name.SequenceEqual(FieldsParameter))
                    {
                        FieldsProjection.Read(projection ??= [], query, valueStart, end);
                    }
                    else if (isVersion1)
                    {
                        ReadOnlySpan<char> text = valueEscaped
                            ? RestLiPercentEncoding.Decode(query, valueStart, end, plusAsSpace: true, positionOffset: 0, ref valueScratch)
                            : query.AsSpan(valueStart, end - valueStart);
                        version1.Add(name, start, query, valueStart, end, text, known);
                    }
                    else
                    {
                        string key = name.ToString();
                        var value = Version2Parser.Parse(query, valueStart, end, plusAsSpace: true, positionOffset: 0);
                        AddOrRepeat(result, ref repeated, key, value);
                    }
                }

                if (end == query.Length)
                {
                    break;
                }

                start = end + 1;
            }

            if (repeated is not null)
            {
                foreach (var (name, list) in repeated)
                {
                    result[name] = RestLiValue.CreateList([.. list]);
                }
            }

            version1.CopyTo(result);
            if (projection is not null)
            {
                result[FieldsParameter] = RestLiValue.ListOf(projection);
            }

            return result;
        }
        finally
        {
            version1.Dispose();
            nameScratch.Dispose();
            valueScratch.Dispose();
        }
    }

    private static void AppendQuery(ref PooledTextBuilder builder, KeyValuePair<string, RestLiValue>[] parameters, RestLiProtocolVersion protocol)
    {
        for (int i = 0; i < parameters.Length; i++)
        {
            var (name, value) = (parameters[i].Key, parameters[i].Value);
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A query parameter name is null or empty.", nameof(parameters));
            }

            if (value is null)
            {
                throw new ArgumentException($"The query parameter '{name}' has a null value; leave the parameter out instead.", nameof(parameters));
            }

            if (i > 0 && string.Equals(parameters[i - 1].Key, name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The query parameter '{name}' appears twice; pass a list value instead.", nameof(parameters));
            }

            if (string.Equals(name, FieldsParameter, StringComparison.Ordinal))
            {
                AppendSeparator(ref builder);
                builder.Append(FieldsParameter);
                builder.Append('=');
                FieldsProjection.Append(ref builder, value);
            }
            else if (protocol == RestLiProtocolVersion.Version2)
            {
                AppendSeparator(ref builder);
                RestLiPercentEncoding.Append(ref builder, name, RestLiPercentEncoding.Unreserved);
                builder.Append('=');
                if (string.Equals(name, IdsParameter, StringComparison.Ordinal) && value.Kind == RestLiValueKind.List)
                {
                    Version2Writer.AppendKeys(ref builder, value);
                }
                else
                {
                    Version2Writer.Append(ref builder, value);
                }
            }
            else
            {
                Version1Writer.AppendParameter(ref builder, name, value);
            }
        }
    }

    private static int IndexOfAny(string text, int start, SearchValues<char> values)
    {
        int found = text.AsSpan(start).IndexOfAny(values);
        return found < 0 ? -1 : start + found;
    }

    private static void AppendSeparator(ref PooledTextBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append('&');
        }
    }

    private static void AddOrRepeat(SortedDictionary<string, RestLiValue> result, ref Dictionary<string, List<RestLiValue>>? repeated, string name, RestLiValue value)
    {
        if (!result.TryGetValue(name, out var existing))
        {
            result.Add(name, value);
            return;
        }

        repeated ??= new Dictionary<string, List<RestLiValue>>(StringComparer.Ordinal);
        if (!repeated.TryGetValue(name, out var list))
        {
            list = [existing];
            repeated.Add(name, list);
        }

        list.Add(value);
    }
}
