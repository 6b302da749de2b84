using System.Globalization;
using System.Text;

namespace LinkedInRsc.RestLi;

/// <summary>
/// An immutable Rest.li value as it travels in a URL or a batch map key: a primitive (carried as text), a list, or a
/// record whose fields are kept in ordinal key order. Equality is structural.
/// </summary>
/// <remarks>
/// <para>Build values with <see cref="FromString(string)"/> (or the implicit conversion from <see cref="string"/>),
/// <see cref="FromInt64(long)"/>, <see cref="FromBoolean(bool)"/>, <see cref="ListOf(RestLiValue[])"/> and
/// <see cref="RecordOf(ValueTuple{string, RestLiValue}[])"/>; encode them with <see cref="RestLiCodec"/>.</para>
/// <para><see cref="ToString"/> shows the shape and field names only, never the text of a primitive, because keys
/// and query values may carry candidate data.</para>
/// </remarks>
public sealed class RestLiValue : IEquatable<RestLiValue>
{
    private static readonly RestLiValue[] NoItems = [];
    private static readonly KeyValuePair<string, RestLiValue>[] NoFields = [];

    private readonly string? _text;
    private readonly RestLiValue[]? _items;
    private readonly KeyValuePair<string, RestLiValue>[]? _fields;
    private int _hash;
    private string? _keyVersion2;
    private string? _keyVersion1;

    private RestLiValue(string text)
    {
        Kind = RestLiValueKind.Primitive;
        _text = text;
    }

    private RestLiValue(RestLiValue[] items)
    {
        Kind = RestLiValueKind.List;
        _items = items;
    }

    private RestLiValue(KeyValuePair<string, RestLiValue>[] fields)
    {
        Kind = RestLiValueKind.Record;
        _fields = fields;
    }

    /// <summary>The empty string.</summary>
    public static RestLiValue EmptyString { get; } = new(string.Empty);

    /// <summary>The empty list (<c>List()</c>).</summary>
    public static RestLiValue EmptyList { get; } = new(NoItems);

    /// <summary>The empty record (<c>()</c>).</summary>
    public static RestLiValue EmptyRecord { get; } = new(NoFields);

    /// <summary>The shape of this value.</summary>
    public RestLiValueKind Kind { get; }

    /// <summary>The items of a list; empty for other kinds.</summary>
    public IReadOnlyList<RestLiValue> Items => _items ?? NoItems;

    /// <summary>The fields of a record in ordinal key order; empty for other kinds.</summary>
    public IReadOnlyList<KeyValuePair<string, RestLiValue>> Fields => _fields ?? NoFields;

    /// <summary>The items of a list (empty for other kinds), for the codec's loops.</summary>
    internal ReadOnlySpan<RestLiValue> ItemSpan => _items ?? NoItems;

    /// <summary>The fields of a record in ordinal key order (empty for other kinds), for the codec's loops.</summary>
    internal ReadOnlySpan<KeyValuePair<string, RestLiValue>> FieldSpan => _fields ?? NoFields;

    /// <summary>
    /// This value's text as a resource key in <paramref name="protocol"/>, once some code encoded it (see
    /// <see cref="RestLiCodec.EncodeKey"/>); <see langword="null"/> before. The value is immutable, so the text never
    /// goes stale: a request's keys are encoded once for its <c>ids</c> query, and the batch body's entity names and
    /// the matching of the answer's names reuse the text.
    /// </summary>
    internal string? EncodedKey(RestLiProtocolVersion protocol) =>
        protocol == RestLiProtocolVersion.Version2 ? _keyVersion2 : _keyVersion1;

    /// <summary>Keeps the key text of this value in <paramref name="protocol"/> (a benign race: every writer stores the same text).</summary>
    internal void KeepEncodedKey(RestLiProtocolVersion protocol, string text)
    {
        if (protocol == RestLiProtocolVersion.Version2)
        {
            _keyVersion2 = text;
        }
        else
        {
            _keyVersion1 = text;
        }
    }

    /// <summary>Creates a primitive value.</summary>
    /// <param name="value">The text; any characters are allowed (they are escaped when encoded).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static RestLiValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 0 ? EmptyString : new RestLiValue(value);
    }

    /// <summary>Creates a primitive value from a number (Rest.li <c>int</c>/<c>long</c>, such as epoch milliseconds).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value, as invariant-culture text.</returns>
    public static RestLiValue FromInt64(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates a primitive value from a boolean (<c>true</c> / <c>false</c>).</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static RestLiValue FromBoolean(bool value) => new(value ? "true" : "false");

    /// <summary>Creates a list.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its items is <see langword="null"/>.</exception>
    public static RestLiValue ListOf(params RestLiValue[] items) => ListOf((IEnumerable<RestLiValue>)items);

    /// <summary>Creates a list.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its items is <see langword="null"/>.</exception>
    public static RestLiValue ListOf(IEnumerable<RestLiValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        RestLiValue[] array = [.. items];
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentNullException(nameof(items), $"Item {i} of the list is null; pass RestLiValue.EmptyString for an empty value.");
            }
        }

        return array.Length == 0 ? EmptyList : new RestLiValue(array);
    }

    /// <summary>Creates a list of primitives.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its items is <see langword="null"/>.</exception>
    public static RestLiValue ListOf(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ListOf(items.Select(FromString));
    }

    /// <summary>Creates a record (a compound key, a structured query parameter or a map).</summary>
    /// <param name="fields">The fields; their order does not matter, they are kept in ordinal key order.</param>
    /// <returns>The record value.</returns>
    /// <exception cref="ArgumentNullException">A key or value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public static RestLiValue RecordOf(params (string Key, RestLiValue Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return RecordOf(fields.Select(f => new KeyValuePair<string, RestLiValue>(f.Key, f.Value)));
    }

    /// <summary>Creates a record (a compound key, a structured query parameter or a map).</summary>
    /// <param name="fields">The fields; their order does not matter, they are kept in ordinal key order.</param>
    /// <returns>The record value.</returns>
    /// <exception cref="ArgumentNullException">A key or value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public static RestLiValue RecordOf(IEnumerable<KeyValuePair<string, RestLiValue>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        KeyValuePair<string, RestLiValue>[] array = [.. fields];
        foreach (var field in array)
        {
            if (field.Key is null)
            {
                throw new ArgumentNullException(nameof(fields), "A record field has a null key.");
            }

            if (field.Value is null)
            {
                throw new ArgumentNullException(nameof(fields), $"The record field '{field.Key}' has a null value; pass RestLiValue.EmptyString for an empty value.");
            }
        }

        if (array.Length == 0)
        {
            return EmptyRecord;
        }

        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (int i = 1; i < array.Length; i++)
        {
            if (string.Equals(array[i - 1].Key, array[i].Key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The record field '{array[i].Key}' appears twice; each key may appear once.", nameof(fields));
            }
        }

        return new RestLiValue(array);
    }

    /// <summary>A list over <paramref name="items"/>, which the caller hands over (no copy, no null check): for decoders.</summary>
    internal static RestLiValue CreateList(RestLiValue[] items) => items.Length == 0 ? EmptyList : new RestLiValue(items);

    /// <summary>
    /// A record over <paramref name="fields"/>, which the caller hands over after checking their keys are unique (no
    /// copy; sorted in place unless already in ordinal order, as decoded keys usually are): for decoders.
    /// </summary>
    internal static RestLiValue CreateRecord(KeyValuePair<string, RestLiValue>[] fields)
    {
        if (fields.Length == 0)
        {
            return EmptyRecord;
        }

        for (int i = 1; i < fields.Length; i++)
        {
            if (string.CompareOrdinal(fields[i - 1].Key, fields[i].Key) > 0)
            {
                Array.Sort(fields, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                break;
            }
        }

        return new RestLiValue(fields);
    }

    /// <summary>Creates a record from a dictionary.</summary>
    /// <param name="fields">The fields.</param>
    /// <returns>The record value.</returns>
    public static RestLiValue RecordOf(IReadOnlyDictionary<string, RestLiValue> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return RecordOf((IEnumerable<KeyValuePair<string, RestLiValue>>)fields);
    }

    /// <summary>Converts text to a primitive value.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator RestLiValue(string value) => FromString(value);

    /// <summary>Compares two values structurally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RestLiValue? left, RestLiValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values structurally.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RestLiValue? left, RestLiValue? right) => !(left == right);

    /// <summary>The text of a primitive.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">This value is a list or a record.</exception>
    public string AsString() => _text ?? throw new InvalidOperationException($"Expected a Rest.li primitive but found a {Kind}.");

    /// <summary>
    /// The items of a list, or a one-item list holding this primitive. Use it to read a list parameter decoded from
    /// protocol 1.0, which cannot tell a one-item list (<c>ids=a</c>) from a primitive.
    /// </summary>
    /// <returns>The items.</returns>
    /// <exception cref="InvalidOperationException">This value is a record.</exception>
    public IReadOnlyList<RestLiValue> AsList() => Kind switch
    {
        RestLiValueKind.List => Items,
        RestLiValueKind.Primitive => [this],
        _ => throw new InvalidOperationException("Expected a Rest.li list but found a Record."),
    };

    /// <summary>Looks up a record field.</summary>
    /// <param name="key">The field name.</param>
    /// <param name="value">The field's value, when found.</param>
    /// <returns>Whether this is a record holding the field.</returns>
    public bool TryGetField(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiValue? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_fields is not null)
        {
            int lo = 0, hi = _fields.Length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = string.CompareOrdinal(_fields[mid].Key, key);
                if (c == 0)
                {
                    value = _fields[mid].Value;
                    return true;
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        value = null;
        return false;
    }

    /// <summary>A record field.</summary>
    /// <param name="key">The field name.</param>
    /// <returns>The field's value.</returns>
    /// <exception cref="KeyNotFoundException">This is not a record or has no such field.</exception>
    public RestLiValue GetField(string key) =>
        TryGetField(key, out var value) ? value : throw new KeyNotFoundException($"The Rest.li {Kind} has no field '{key}'.");

    /// <inheritdoc />
    public bool Equals(RestLiValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        switch (Kind)
        {
            case RestLiValueKind.Primitive:
                return string.Equals(_text, other._text, StringComparison.Ordinal);
            case RestLiValueKind.List:
                return _items!.AsSpan().SequenceEqual(other._items!);
            default:
                var a = _fields!;
                var b = other._fields!;
                if (a.Length != b.Length)
                {
                    return false;
                }

                for (int i = 0; i < a.Length; i++)
                {
                    if (!string.Equals(a[i].Key, b[i].Key, StringComparison.Ordinal) || !a[i].Value.Equals(b[i].Value))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RestLiValue);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash != 0)
        {
            return _hash;
        }

        var hash = new HashCode();
        hash.Add(Kind);
        switch (Kind)
        {
            case RestLiValueKind.Primitive:
                hash.Add(_text, StringComparer.Ordinal);
                break;
            case RestLiValueKind.List:
                foreach (var item in _items!)
                {
                    hash.Add(item);
                }

                break;
            default:
                foreach (var field in _fields!)
                {
                    hash.Add(field.Key, StringComparer.Ordinal);
                    hash.Add(field.Value);
                }

                break;
        }

        int result = hash.ToHashCode();
        _hash = result == 0 ? 1 : result;
        return _hash;
    }

    /// <summary>
    /// Describes the value's shape without the text of its primitives (which may be candidate data), e.g.
    /// <c>(atsCandidateId:string[2],dataProvider:string[3])</c>. Use <see cref="RestLiCodec"/> for the wire text.
    /// </summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Describe(builder, 0);
        return builder.ToString();
    }

    private void Describe(StringBuilder builder, int depth)
    {
        if (builder.Length > 1000)
        {
            builder.Append('…');
            return;
        }

        switch (Kind)
        {
            case RestLiValueKind.Primitive:
                builder.Append("string[").Append(_text!.Length.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case RestLiValueKind.List when depth > 8:
            case RestLiValueKind.Record when depth > 8:
                builder.Append('…');
                break;
            case RestLiValueKind.List:
                builder.Append("List(");
                for (int i = 0; i < _items!.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    _items[i].Describe(builder, depth + 1);
                }

                builder.Append(')');
                break;
            default:
                builder.Append('(');
                for (int i = 0; i < _fields!.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(_fields[i].Key).Append(':');
                    _fields[i].Value.Describe(builder, depth + 1);
                }

                builder.Append(')');
                break;
        }
    }
}
