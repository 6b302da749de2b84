using System.Buffers;
using System.Runtime.CompilerServices;

namespace LinkedInRsc.RestLi;

/// <summary>
/// Text built in place in a buffer rented from <see cref="ArrayPool{T}"/> (the BCL's internal
/// <c>ValueStringBuilder</c> pattern): one allocation for the final string, none per piece. Pass it by <c>ref</c>
/// and always <see cref="Dispose"/> it, in a <c>finally</c>, to return the buffer.
/// </summary>
internal ref struct PooledTextBuilder
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    /// <summary>Starts with a rented buffer of at least <paramref name="capacity"/> characters.</summary>
    public PooledTextBuilder(int capacity)
    {
        _rented = ArrayPool<char>.Shared.Rent(capacity);
        _chars = _rented;
        _length = 0;
    }

    /// <summary>Writes text into a builder.</summary>
    /// <typeparam name="TState">What the writer reads.</typeparam>
    /// <param name="builder">The builder to append to.</param>
    /// <param name="state">What to write.</param>
    internal delegate void Writer<in TState>(ref PooledTextBuilder builder, TState state);

    /// <summary>The characters written so far; setting it to a smaller value drops the tail.</summary>
    public int Length
    {
        readonly get => _length;
        set
        {
            if ((uint)value > (uint)_length)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }

            _length = value;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> over a pooled builder and returns the text (the one allocation), giving the
    /// buffer back however <paramref name="write"/> ends, as <see cref="string.Create{TState}"/> does for known lengths.
    /// </summary>
    public static string Build<TState>(TState state, Writer<TState> write, int capacity = 256)
    {
        var builder = new PooledTextBuilder(capacity);
        try
        {
            write(ref builder, state);
            return builder.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>The text written so far (valid until the next append).</summary>
    public readonly ReadOnlySpan<char> AsSpan() => _chars[.._length];

    /// <summary>Appends one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        int length = _length;
        Span<char> chars = _chars;
        if ((uint)length < (uint)chars.Length)
        {
            chars[length] = c;
            _length = length + 1;
        }
        else
        {
            Grow(1);
            _chars[_length++] = c;
        }
    }

    /// <summary>Appends text.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length > _chars.Length - text.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    /// <summary>Appends text.</summary>
    public void Append(string text) => Append(text.AsSpan());

    /// <summary>Appends a non-negative number in invariant digits.</summary>
    public void Append(int value)
    {
        if (!value.TryFormat(_chars[_length..], out int written, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            Grow(11);
            value.TryFormat(_chars[_length..], out written, default, System.Globalization.CultureInfo.InvariantCulture);
        }

        _length += written;
    }

    /// <summary>Appends a copy of the text already written at [<paramref name="start"/>, +<paramref name="length"/>).</summary>
    public void AppendCopy(int start, int length)
    {
        if ((uint)start > (uint)_length || (uint)length > (uint)(_length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        Span<char> destination = AppendSpan(length);
        _chars.Slice(start, length).CopyTo(destination);
    }

    /// <summary>Makes room for <paramref name="count"/> characters and returns them, counted as written.</summary>
    public Span<char> AppendSpan(int count)
    {
        if (_length > _chars.Length - count)
        {
            Grow(count);
        }

        Span<char> span = _chars.Slice(_length, count);
        _length += count;
        return span;
    }

    /// <summary>The text written so far, as a new string.</summary>
    public override readonly string ToString() => _chars[.._length].ToString();

    /// <summary>Returns the buffer to the pool; the builder is empty and unusable afterwards.</summary>
    public void Dispose()
    {
        char[]? rented = _rented;
        this = default;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int additional)
    {
        int needed = checked(_length + additional);
        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, Math.Max(_chars.Length * 2, 256)));
        _chars[.._length].CopyTo(larger);
        char[]? old = _rented;
        _rented = larger;
        _chars = larger;
        if (old is not null)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}
