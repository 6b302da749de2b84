using System.Runtime.CompilerServices;

namespace LinkedInRsc.RestLi;

/// <summary>
/// The record keys and primitive values a decoder read last, by field position: the keys of one batch repeat their
/// field names (<c>atsCandidateId</c>, <c>dataProvider</c>, …) and mostly their context (<c>ATS</c>, the customer's
/// URN) from one record to the next. When the raw text at a position is the same as in the previous record, the
/// string or value read then is returned without decoding or allocating anything, at the price of one comparison.
/// Fixed size, lives on the stack, one decode of one text at a time.
/// </summary>
internal struct RecentPrimitives
{
    private const int Slots = 8;

    private Eight<string?> _keys;
    private Eight<int> _keyStarts;
    private Eight<int> _keyLengths;
    private Eight<RestLiValue?> _values;
    private Eight<int> _valueStarts;
    private Eight<int> _valueLengths;

    /// <summary>
    /// The key read last at field <paramref name="position"/> when <paramref name="source"/>[start..limit) starts with
    /// the same raw text followed by <c>':'</c>; <paramref name="end"/> is where that key ends.
    /// </summary>
    public readonly bool TryKeyAt(int position, ReadOnlySpan<char> source, int start, int limit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? key, out int end)
    {
        key = null;
        end = start;
        if ((uint)position >= Slots || _keys[position] is not { } last)
        {
            return false;
        }

        int length = _keyLengths[position];
        if (limit - start <= length || source[start + length] != ':' || !StartsWithRaw(source, start, _keyStarts[position], length))
        {
            return false;
        }

        key = last;
        end = start + length;
        return true;
    }

    /// <summary>Makes the string of a key read from raw text [start..end) and remembers it for field <paramref name="position"/>.</summary>
    public string AddKey(int position, int start, int end, scoped ReadOnlySpan<char> decoded)
    {
        string key = decoded.ToString();
        if ((uint)position < Slots)
        {
            _keys[position] = key;
            _keyStarts[position] = start;
            _keyLengths[position] = end - start;
        }

        return key;
    }

    /// <summary>The key read last at field <paramref name="position"/>, if any.</summary>
    public readonly string? LastKey(int position) => (uint)position < Slots ? _keys[position] : null;

    /// <summary>
    /// The key at field <paramref name="position"/> with the decoded text <paramref name="name"/>, reusing the string
    /// of the last key there when it is equal. For decoders that have no raw key text (protocol 1.0 names); a decoder
    /// uses either this or <see cref="TryKeyAt"/> and <see cref="AddKey"/>, which also remember where the raw text was.
    /// </summary>
    public string Key(int position, scoped ReadOnlySpan<char> name)
    {
        if ((uint)position >= Slots)
        {
            return name.ToString();
        }

        if (_keys[position] is { } last && name.SequenceEqual(last))
        {
            return last;
        }

        string key = name.ToString();
        _keys[position] = key;
        return key;
    }

    /// <summary>
    /// The primitive read last at field <paramref name="position"/> when <paramref name="source"/>[start..limit) starts
    /// with the same raw text followed by <c>','</c> or <c>')'</c>; <paramref name="end"/> is where that value ends.
    /// </summary>
    public readonly bool TryValueAt(int position, ReadOnlySpan<char> source, int start, int limit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiValue? value, out int end)
    {
        value = null;
        end = start;
        if ((uint)position >= Slots || _values[position] is not { } last)
        {
            return false;
        }

        int length = _valueLengths[position];
        if (limit - start <= length || source[start + length] is not (',' or ')') || !StartsWithRaw(source, start, _valueStarts[position], length))
        {
            return false;
        }

        value = last;
        end = start + length;
        return true;
    }

    /// <summary>
    /// The primitive read last at field <paramref name="position"/> when <paramref name="source"/>[start..] starts with
    /// the same raw text, followed by <paramref name="terminator"/> or the end; <paramref name="end"/> is where it ends.
    /// </summary>
    public readonly bool TryValueEndingAt(int position, ReadOnlySpan<char> source, int start, char terminator, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiValue? value, out int end)
    {
        value = null;
        end = start;
        if ((uint)position >= Slots || _values[position] is not { } last)
        {
            return false;
        }

        int length = _valueLengths[position];
        int after = start + length;
        if (after > source.Length || (after < source.Length && source[after] != terminator) || !StartsWithRaw(source, start, _valueStarts[position], length))
        {
            return false;
        }

        value = last;
        end = after;
        return true;
    }

    /// <summary>The primitive read last at field <paramref name="position"/> when its raw text was <paramref name="source"/>[start..end) too.</summary>
    public readonly bool TryValue(int position, ReadOnlySpan<char> source, int start, int end, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiValue? value)
    {
        value = (uint)position < Slots && _values[position] is { } last && end - start == _valueLengths[position]
            && StartsWithRaw(source, start, _valueStarts[position], end - start) ? last : null;
        return value is not null;
    }

    /// <summary>Makes the primitive read from raw text [start..end) and remembers it for field <paramref name="position"/>.</summary>
    public RestLiValue AddValue(int position, int start, int end, scoped ReadOnlySpan<char> decoded)
    {
        RestLiValue value = decoded.IsEmpty ? RestLiValue.EmptyString : RestLiValue.FromString(decoded.ToString());
        if ((uint)position < Slots)
        {
            _values[position] = value;
            _valueStarts[position] = start;
            _valueLengths[position] = end - start;
        }

        return value;
    }

    /// <summary>Whether the text at <paramref name="start"/> repeats the <paramref name="length"/> characters read at <paramref name="lastStart"/>.</summary>
    private static bool StartsWithRaw(ReadOnlySpan<char> source, int start, int lastStart, int length) =>
        source.Slice(start, length).SequenceEqual(source.Slice(lastStart, length));

    [InlineArray(Slots)]
    private struct Eight<T>
    {
        private T _first;
    }
}
