// The Rest.li codec as it was before it was rewritten for speed (commit de6fe51), kept verbatim but for names as
// the oracle of RestLiCodecDifferentialTests: the new code must give the same results and the same errors.
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi.Reference;

/// <summary>A recursive-descent parser of protocol 2.0.0 values over <c>text[start..end)</c>.</summary>
internal sealed class ReferenceVersion2Parser
{
    private const string ListPrefix = "List(";
    private readonly string _text;
    private readonly int _end;
    private readonly bool _plusAsSpace;
    private readonly int _offset;
    private int _pos;

    internal ReferenceVersion2Parser(string text, int start, int end, bool plusAsSpace, int positionOffset)
    {
        _text = text;
        _pos = start;
        _end = end;
        _plusAsSpace = plusAsSpace;
        _offset = positionOffset;
    }

    /// <summary>
    /// Parses a whole value. A top-level text that does not start with <c>List(</c> or <c>(</c> is a primitive even
    /// if it holds unescaped syntax characters (lenient; an encoder never produces them).
    /// </summary>
    internal RestLiValue ParseTopLevel()
    {
        if (!AtListStart() && !At('('))
        {
            return DecodePrimitive(_pos, _end);
        }

        var value = ParseValue(0);
        if (_pos < _end)
        {
            throw Error($"expected the end of the value but found '{_text[_pos]}'");
        }

        return value;
    }

    private RestLiValue ParseValue(int depth)
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
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c is ',' or ')')
            {
                break;
            }

            if (c == '(')
            {
                throw Error("unexpected '(' inside a primitive: expected ',' or ')'; escape it as %28");
            }

            _pos++;
        }

        return DecodePrimitive(start, _pos);
    }

    private RestLiValue ParseList(int depth)
    {
        _pos += ListPrefix.Length;
        if (At(')'))
        {
            _pos++;
            return RestLiValue.EmptyList;
        }

        var items = new List<RestLiValue>();
        while (true)
        {
            items.Add(ParseValue(depth + 1));
            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At(')'))
            {
                _pos++;
                return RestLiValue.ListOf(items);
            }

            throw Error(_pos < _end ? $"expected ',' or ')' in a list but found '{_text[_pos]}'" : "expected ',' or ')' in a list but the text ends");
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

        var fields = new List<KeyValuePair<string, RestLiValue>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            int keyStart = _pos;
            while (_pos < _end && _text[_pos] is not (':' or ',' or '(' or ')'))
            {
                _pos++;
            }

            if (!At(':'))
            {
                throw Error(_pos < _end ? $"expected ':' after a record key but found '{_text[_pos]}'" : "expected ':' after a record key but the text ends");
            }

            string key = DecodePrimitive(keyStart, _pos).AsString();
            if (!seen.Add(key))
            {
                throw new RestLiFormatException($"Invalid Rest.li value at position {_offset + keyStart}: the record key appears twice.", _offset + keyStart);
            }

            _pos++;
            fields.Add(new(key, ParseValue(depth + 1)));
            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At(')'))
            {
                _pos++;
                return RestLiValue.RecordOf(fields);
            }

            throw Error(_pos < _end ? $"expected ',' or ')' in a record but found '{_text[_pos]}'" : "expected ',' or ')' in a record but the text ends");
        }
    }

    private RestLiValue DecodePrimitive(int start, int end)
    {
        if (end - start == 2 && _text[start] == '\'' && _text[start + 1] == '\'')
        {
            return RestLiValue.EmptyString;
        }

        return RestLiValue.FromString(ReferencePercentEncoding.Decode(_text, start, end, _plusAsSpace, _offset));
    }

    private void CheckDepth(int depth)
    {
        if (depth >= RestLiCodec.MaxNestingDepth)
        {
            throw Error($"lists and records nest deeper than {RestLiCodec.MaxNestingDepth} levels");
        }
    }

    private bool At(char c) => _pos < _end && _text[_pos] == c;

    private bool AtListStart() =>
        _end - _pos >= ListPrefix.Length && string.CompareOrdinal(_text, _pos, ListPrefix, 0, ListPrefix.Length) == 0;

    private RestLiFormatException Error(string what) =>
        new($"Invalid Rest.li value at position {_offset + _pos}: {what}.", _offset + _pos);
}
