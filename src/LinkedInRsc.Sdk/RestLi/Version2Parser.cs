using System.Runtime.CompilerServices;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A recursive-descent parser of protocol 2.0.0 values over <c>text[start..end)</c>. It scans with vectorized
/// searches, keeps the items and fields of the lists and records being read on two pooled stacks (nested ones on
/// top), so each list or record allocates only its own exact array, and reuses the record keys and repeated values
/// of the previous record (<see cref="RecentPrimitives"/>). Always <see cref="Dispose"/> it.
/// </summary>
internal ref struct Version2Parser
{
    private const string ListPrefix = "List(";

    /// <summary>What ends a record key: its ':', or the syntax characters a key may not hold.</summary>
    private static readonly System.Buffers.SearchValues<char> KeyEnd = System.Buffers.SearchValues.Create(":,()");

    private readonly ReadOnlySpan<char> _text;
    private readonly int _end;
    private readonly bool _plusAsSpace;
    private readonly int _offset;
    private int _pos;
    private PooledTextBuilder _scratch;
    private PooledList<RestLiValue> _items;
    private PooledList<KeyValuePair<string, RestLiValue>> _fields;
    private RecentPrimitives _recent;

    internal Version2Parser(ReadOnlySpan<char> text, int start, int end, bool plusAsSpace, int positionOffset)
    {
        _text = text;
        _pos = start;
        _end = end;
        _plusAsSpace = plusAsSpace;
        _offset = positionOffset;
        _scratch = default;
        _items = new PooledList<RestLiValue>();
        _fields = new PooledList<KeyValuePair<string, RestLiValue>>();
        _recent = default;
    }

    /// <summary>Parses one value from <paramref name="text"/>[start..end) (see <see cref="ParseTopLevel"/>).</summary>
    internal static RestLiValue Parse(ReadOnlySpan<char> text, int start, int end, bool plusAsSpace, int positionOffset)
    {
        var parser = new Version2Parser(text, start, end, plusAsSpace, positionOffset);
        try
        {
            return parser.ParseTopLevel();
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>
    /// Parses a whole value. A top-level text that does not start with <c>List(</c> or <c>(</c> is a primitive even
    /// if it holds unescaped syntax characters (lenient; an encoder never produces them).
    /// </summary>
    internal RestLiValue ParseTopLevel()
    {
        if (!AtListStart() && !At('('))
        {
            return DecodePrimitive(_pos, _end, -1);
        }

        var value = ParseValue(0, -1);
        if (_pos < _end)
        {
            throw Found("expected the end of the value");
        }

        return value;
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        _scratch.Dispose();
        _items.Dispose();
        _fields.Dispose();
    }

    /// <summary>Parses a value; <paramref name="position"/> is its field position in a record, or -1.</summary>
    private RestLiValue ParseValue(int depth, int position)
    {
        if (AtListStart())
        {
            CheckDepth(depth);
            return ParseList(depth);
        }

        if (At('('))
        {
            CheckDepth(depth);
            return ParseRecord(depth);
        }

        int start = _pos;
        if (_recent.TryValueAt(position, _text, start, _end, out RestLiValue? recent, out int recentEnd))
        {
            // The same raw value as the previous record's at this position, and it ends there.
            _pos = recentEnd;
            return recent;
        }

        int length = _text[start.._end].IndexOfAny(',', ')', '(');
        _pos = length < 0 ? _end : start + length;
        if (At('('))
        {
            throw Error("unexpected '(' inside a primitive: expected ',' or ')'; escape it as %28");
        }

        return DecodePrimitive(start, _pos, position);
    }

    private RestLiValue ParseList(int depth)
    {
        _pos += ListPrefix.Length;
        if (At(')'))
        {
            _pos++;
            return RestLiValue.EmptyList;
        }

        int first = _items.Count;
        while (true)
        {
            _items.Add(ParseValue(depth + 1, -1));
            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At(')'))
            {
                _pos++;
                RestLiValue list = RestLiValue.CreateList(_items.ToArray(first));
                _items.RemoveFrom(first);
                return list;
            }

            throw Found("expected ',' or ')' in a list");
        }
    }

    private RestLiValue ParseRecord(int depth)
    {
        _pos++;
        if (At(')'))
        {
            _pos++;
            return RestLiValue.EmptyRecord;
        }

        int first = _fields.Count;
        HashSet<string>? seen = null;
        while (true)
        {
            int keyStart = _pos;
            int position = _fields.Count - first;
            if (_recent.TryKeyAt(position, _text, keyStart, _end, out string? key, out int keyEnd))
            {
                // The same raw key as the previous record's at this position, followed by ':'.
                _pos = keyEnd;
            }
            else
            {
                int length = _text[keyStart.._end].IndexOfAny(KeyEnd);
                _pos = length < 0 ? _end : keyStart + length;
                if (!At(':'))
                {
                    throw Found("expected ':' after a record key");
                }

                key = DecodeKey(keyStart, _pos, position);
            }

            if (RecordKeys.IsRepeated(_fields.From(first), key, ref seen))
            {
                throw RepeatedKey(keyStart);
            }

            _pos++;
            RestLiValue value = ParseValue(depth + 1, position);
            _fields.Add(new(key, value));
            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At(')'))
            {
                _pos++;
                RestLiValue record = RestLiValue.CreateRecord(_fields.ToArray(first));
                _fields.RemoveFrom(first);
                return record;
            }

            throw Found("expected ',' or ')' in a record");
        }
    }

    private string DecodeKey(int start, int end, int position) =>
        IsEmptyQuotes(start, end)
            ? string.Empty
            : _recent.AddKey(position, start, end, RestLiPercentEncoding.Decode(_text, start, end, _plusAsSpace, _offset, ref _scratch));

    private RestLiValue DecodePrimitive(int start, int end, int position) =>
        IsEmptyQuotes(start, end)
            ? RestLiValue.EmptyString
            : _recent.AddValue(position, start, end, RestLiPercentEncoding.Decode(_text, start, end, _plusAsSpace, _offset, ref _scratch));

    private readonly bool IsEmptyQuotes(int start, int end) => end - start == 2 && _text[start] == '\'' && _text[start + 1] == '\'';

    private readonly void CheckDepth(int depth)
    {
        if (depth >= RestLiCodec.MaxNestingDepth)
        {
            throw TooDeep();
        }
    }

    private readonly bool At(char c) => _pos < _end && _text[_pos] == c;

    private readonly bool AtListStart() => At('L') && _text[_pos.._end].StartsWith(ListPrefix, StringComparison.Ordinal);

    // The messages are built out of line: an interpolated string in a hot method costs its frame on every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly RestLiFormatException Error(string what) =>
        new($"Invalid Rest.li value at position {_offset + _pos}: {what}.", _offset + _pos);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly RestLiFormatException Found(string expected) =>
        Error(_pos < _end ? $"{expected} but found '{_text[_pos]}'" : $"{expected} but the text ends");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly RestLiFormatException TooDeep() => Error($"lists and records nest deeper than {RestLiCodec.MaxNestingDepth} levels");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly RestLiFormatException RepeatedKey(int keyStart) =>
        new($"Invalid Rest.li value at position {_offset + keyStart}: the record key appears twice.", _offset + keyStart);
}
