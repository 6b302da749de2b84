using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace LinkedInRsc.RestLi;

/// <summary>
/// Percent-encoding and decoding as used by Rest.li URLs (UTF-8, upper-case hex), over spans: runs of characters
/// that need no escaping are found with vectorized searches and copied as they are.
/// </summary>
internal static class RestLiPercentEncoding
{
    private const string UnreservedCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    private const int StackBytes = 512;

    /// <summary>RFC 3986 unreserved characters: all that LinkedIn's Python client leaves unencoded in protocol 2.0.</summary>
    internal static readonly SafeCharacters Unreserved = new(UnreservedCharacters);

    /// <summary>
    /// Characters protocol 1.0 leaves as they are in values (as LinkedIn's RSC request collection shows URNs such as
    /// <c>urn:li:organization:1</c> unencoded); <c>&amp;</c>, <c>=</c>, <c>+</c>, <c>#</c>, <c>%</c>, <c>/</c>,
    /// <c>?</c>, brackets, white space and non-ASCII are encoded.
    /// </summary>
    internal static readonly SafeCharacters SafeVersion1 = new(UnreservedCharacters + ":@!$'()*,;");

    /// <summary>Characters kept in the 1.0-style <c>fields</c> projection (field names and the projection syntax).</summary>
    internal static readonly SafeCharacters SafeProjection = new(UnreservedCharacters + ",:()$*");

    /// <summary>Whether <paramref name="c"/> is an RFC 3986 unreserved character.</summary>
    internal static bool IsUnreserved(char c) => Unreserved.Contains(c);

    /// <summary>Appends <paramref name="text"/>, escaping every character not in <paramref name="safe"/> as UTF-8 <c>%XX</c>.</summary>
    /// <exception cref="ArgumentException">The text holds an unpaired UTF-16 surrogate.</exception>
    internal static void Append(ref PooledTextBuilder builder, ReadOnlySpan<char> text, SafeCharacters safe)
    {
        int first = text.IndexOfAnyExcept(safe.Values);
        if (first < 0)
        {
            builder.Append(text);
            return;
        }

        builder.Append(text[..first]);
        AppendEscaped(ref builder, text, first, safe);
    }

    /// <summary>Appends <paramref name="text"/>[i..], whose first character needs escaping, character by character.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AppendEscaped(ref PooledTextBuilder builder, ReadOnlySpan<char> text, int i, SafeCharacters safe)
    {
        // At most 9 characters per UTF-16 unit (three escaped UTF-8 bytes); the unused tail is given back at the end.
        Span<byte> utf8 = stackalloc byte[4];
        int reserved = (text.Length - i) * 9;
        Span<char> destination = builder.AppendSpan(reserved);
        int written = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (safe.Contains(c))
            {
                // Copy the run of safe characters up to the next escape in one go.
                int run = text[i..].IndexOfAnyExcept(safe.Values);
                run = run < 0 ? text.Length - i : run;
                text.Slice(i, run).CopyTo(destination[written..]);
                written += run;
                i += run;
                continue;
            }

            if (c < 0x80)
            {
                WriteEscape(destination[written..], (byte)c);
                written += 3;
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int consumed) != OperationStatus.Done)
            {
                builder.Length -= reserved;
                throw new ArgumentException($"The text has an unpaired UTF-16 surrogate at index {i}; Rest.li values must be valid Unicode.", nameof(text));
            }

            int length = rune.EncodeToUtf8(utf8);
            for (int b = 0; b < length; b++)
            {
                WriteEscape(destination[written..], utf8[b]);
                written += 3;
            }

            i += consumed;
        }

        builder.Length -= reserved - written;
    }

    /// <summary>
    /// Decodes the <c>%XX</c> escapes (and, in query strings, <c>+</c> as a space) of
    /// <paramref name="text"/>[start..end). Characters that are not escaped are taken as they are, so decoded or
    /// half-encoded input is accepted too. Returns the slice of <paramref name="text"/> itself when it holds nothing to
    /// decode; otherwise the decoded text, written over <paramref name="scratch"/> (valid until its next use).
    /// </summary>
    /// <exception cref="RestLiFormatException">A malformed escape, an unpaired surrogate, or escaped bytes that are not UTF-8.</exception>
    internal static ReadOnlySpan<char> Decode(ReadOnlySpan<char> text, int start, int end, bool plusAsSpace, int positionOffset, ref PooledTextBuilder scratch)
    {
        ReadOnlySpan<char> token = text[start..end];
        int first = IndexOfSpecial(token, plusAsSpace);
        if (first < 0)
        {
            return token;
        }

        // The usual case, ASCII text whose escapes are ASCII (urn%3Ali%3A...), is decoded char to char; anything else
        // goes through UTF-8 bytes. Both read left to right and throw at the same first problem.
        scratch.Length = 0;
        Span<char> chars = scratch.AppendSpan(token.Length);
        if (!System.Text.Ascii.IsValid(token[..first]))
        {
            return DecodeUtf8(token, first, plusAsSpace, positionOffset + start, ref scratch);
        }

        token[..first].CopyTo(chars);
        int count = first;
        for (int i = first; i < token.Length;)
        {
            char c = token[i];
            if (c == '%')
            {
                byte b = Unescape(token, i, positionOffset + start);
                if (b >= 0x80)
                {
                    return DecodeUtf8(token, first, plusAsSpace, positionOffset + start, ref scratch);
                }

                chars[count++] = (char)b;
                i += 3;
            }
            else if (c == '+' && plusAsSpace)
            {
                chars[count++] = ' ';
                i++;
            }
            else if (c < 0x80)
            {
                chars[count++] = c;
                i++;
            }
            else
            {
                return DecodeUtf8(token, first, plusAsSpace, positionOffset + start, ref scratch);
            }
        }

        scratch.Length = count;
        return scratch.AsSpan();
    }

    /// <summary>
    /// Decodes <paramref name="token"/>, whose first escape or '+' is at <paramref name="first"/>, through UTF-8: the
    /// characters as UTF-8, escapes as bytes, the bytes strictly decoded back.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReadOnlySpan<char> DecodeUtf8(ReadOnlySpan<char> token, int first, bool plusAsSpace, int tokenPosition, ref PooledTextBuilder scratch)
    {
        byte[]? rented = null;
        Span<byte> bytes = token.Length * 3 <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(token.Length * 3));
        try
        {
            if (Utf8.FromUtf16(token[..first], bytes, out _, out int count, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw new RestLiFormatException($"Invalid character before position {tokenPosition + first}: an unpaired UTF-16 surrogate.");
            }

            int i = first;
            while (true)
            {
                // text[i] is '%' or a '+' that stands for a space.
                if (token[i] == '%')
                {
                    bytes[count++] = Unescape(token, i, tokenPosition);
                    i += 3;
                }
                else
                {
                    bytes[count++] = (byte)' ';
                    i++;
                }

                int next = IndexOfSpecial(token[i..], plusAsSpace);
                int runEnd = next < 0 ? token.Length : i + next;
                if (Utf8.FromUtf16(token[i..runEnd], bytes[count..], out int read, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    throw new RestLiFormatException($"Invalid character at position {tokenPosition + i + read}: an unpaired UTF-16 surrogate.");
                }

                count += written;
                if (next < 0)
                {
                    break;
                }

                i = runEnd;
            }

            scratch.Length = 0;
            Span<char> chars = scratch.AppendSpan(count);
            if (Utf8.ToUtf16(bytes[..count], chars, out _, out int charCount, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw new RestLiFormatException(
                    $"Invalid percent-encoded text at position {tokenPosition}: the escaped bytes before position {tokenPosition + token.Length} are not valid UTF-8.");
            }

            scratch.Length = charCount;
            return scratch.AsSpan();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Decodes <paramref name="text"/>[start..end) to a string, as the span overload does.</summary>
    internal static string Decode(string text, int start, int end, bool plusAsSpace, int positionOffset)
    {
        if (IndexOfSpecial(text.AsSpan(start, end - start), plusAsSpace) < 0)
        {
            return text.Substring(start, end - start);
        }

        var scratch = new PooledTextBuilder(end - start);
        try
        {
            return Decode(text, start, end, plusAsSpace, positionOffset, ref scratch).ToString();
        }
        finally
        {
            scratch.Dispose();
        }
    }

    /// <summary>
    /// Refuses text holding an unpaired UTF-16 surrogate, at its position: a decoder takes unescaped characters as
    /// they are, and what it returns must be a value an encoder accepts (escaped bytes are checked as UTF-8 anyway).
    /// </summary>
    /// <exception cref="RestLiFormatException">The text holds an unpaired surrogate.</exception>
    internal static void RequireValidUnicode(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw new RestLiFormatException($"Invalid character at position {i}: an unpaired UTF-16 surrogate.", i);
            }
        }
    }

    private static int IndexOfSpecial(ReadOnlySpan<char> text, bool plusAsSpace) =>
        plusAsSpace ? text.IndexOfAny('%', '+') : text.IndexOf('%');

    private static byte Unescape(ReadOnlySpan<char> token, int i, int tokenPosition)
    {
        if (token.Length - i < 3)
        {
            throw BadEscape(tokenPosition + i, " but the text ends");
        }

        int hi = HexValue(token[i + 1]);
        int lo = HexValue(token[i + 2]);
        if (hi < 0 || lo < 0)
        {
            throw BadEscape(tokenPosition + i, string.Empty);
        }

        return (byte)((hi << 4) | lo);
    }

    // Built out of line: an interpolated string in a hot method costs its frame on every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RestLiFormatException BadEscape(int position, string why) =>
        new($"Invalid percent-escape at position {position}: expected two hexadecimal digits after '%'{why}.", position);

    private static void WriteEscape(Span<char> destination, byte value)
    {
        destination[0] = '%';
        destination[1] = HexUpper(value >> 4);
        destination[2] = HexUpper(value & 0xF);
    }

    private static char HexUpper(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
