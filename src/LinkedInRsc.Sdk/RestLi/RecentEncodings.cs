using System.Runtime.CompilerServices;

namespace LinkedInRsc.RestLi;

/// <summary>
/// Where an encoder last wrote each record field's key and value, by field position: the keys of one batch share
/// their field names and context (<c>dataProvider</c>, the customer's <c>integrationContext</c> URN: the same string
/// instances for the whole batch), so when the same string comes again at the same position its escaped text is
/// copied from the output instead of scanned and escaped again; a whole field (<c>,key:value</c>) whose key and value
/// are both the strings written at its position last time is copied with the fields that followed it there, in one
/// go. One encode (one set of safe characters) at a time; fixed size, lives on the stack.
/// </summary>
internal struct RecentEncodings
{
    /// <summary>Field positions remembered; keys use slots [0, Positions), values [Positions, 2 × Positions).</summary>
    private const int Positions = 8;
    private const int Slots = Positions * 2;

    private Texts _texts;
    private Ints _starts;
    private Ints _lengths;
    private Texts _fieldKeys;
    private Texts _fieldValues;
    private Ints _fieldStarts;
    private Ints _fieldEnds;

    /// <summary>Appends the key of field <paramref name="position"/> of a record escaped (see <see cref="AppendValue"/>).</summary>
    public void AppendKey(ref PooledTextBuilder builder, string text, int position, SafeCharacters safe) =>
        Append(ref builder, text, (uint)position < Positions ? position : -1, safe);

    /// <summary>
    /// Appends the value of field <paramref name="position"/> of a record (-1: not in a record) escaped, copying the
    /// text written for the same string at the same position when there is one.
    /// </summary>
    public void AppendValue(ref PooledTextBuilder builder, string text, int position, SafeCharacters safe) =>
        Append(ref builder, text, (uint)position < Positions ? Positions + position : -1, safe);

    /// <summary>
    /// Where field <paramref name="position"/> (<c>key:value</c>, after a ',') was last written when its key and value
    /// were these same strings.
    /// </summary>
    public readonly bool TryField(int position, string key, string value, out int start, out int end)
    {
        bool found = (uint)position < Positions && ReferenceEquals(_fieldKeys[position], key) && ReferenceEquals(_fieldValues[position], value);
        start = found ? _fieldStarts[position] : 0;
        end = found ? _fieldEnds[position] : 0;
        return found;
    }

    /// <summary>Remembers that field <paramref name="position"/> with this key and value was written at [start, end).</summary>
    public void RememberField(int position, string key, string value, int start, int end)
    {
        if ((uint)position < Positions)
        {
            _fieldKeys[position] = key;
            _fieldValues[position] = value;
            _fieldStarts[position] = start;
            _fieldEnds[position] = end;
        }
    }

    private void Append(ref PooledTextBuilder builder, string text, int slot, SafeCharacters safe)
    {
        if ((uint)slot >= Slots)
        {
            RestLiPercentEncoding.Append(ref builder, text, safe);
            return;
        }

        if (ReferenceEquals(_texts[slot], text))
        {
            builder.AppendCopy(_starts[slot], _lengths[slot]);
            return;
        }

        int start = builder.Length;
        RestLiPercentEncoding.Append(ref builder, text, safe);
        _texts[slot] = text;
        _starts[slot] = start;
        _lengths[slot] = builder.Length - start;
    }

    [InlineArray(Slots)]
    private struct Texts
    {
        private string? _first;
    }

    [InlineArray(Slots)]
    private struct Ints
    {
        private int _first;
    }
}
