// The Rest.li codec as it was before it was rewritten for speed (commit de6fe51), kept verbatim but for names as
// the oracle of RestLiCodecDifferentialTests: the new code must give the same results and the same errors.
using System.Text;

using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi.Reference;

/// <summary>Percent-encoding and decoding as used by Rest.li URLs (UTF-8, upper-case hex).</summary>
internal static class ReferencePercentEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>RFC 3986 unreserved characters: all that LinkedIn's Python client leaves unencoded in protocol 2.0.</summary>
    internal static bool IsUnreserved(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~';

    /// <summary>
    /// Characters protocol 1.0 leaves as they are in values (as LinkedIn's RSC request collection shows URNs such as
    /// <c>urn:li:organization:1</c> unencoded); <c>&amp;</c>, <c>=</c>, <c>+</c>, <c>#</c>, <c>%</c>, <c>/</c>,
    /// <c>?</c>, brackets, white space and non-ASCII are encoded.
    /// </summary>
    internal static bool IsSafeVersion1(char c) =>
        IsUnreserved(c) || c is ':' or '@' or '!' or '$' or '\'' or '(' or ')' or '*' or ',' or ';';

    /// <summary>Characters kept in the 1.0-style <c>fields</c> projection (field names and the projection syntax).</summary>
    internal static bool IsSafeProjection(char c) => IsUnreserved(c) || c is ',' or ':' or '(' or ')' or '$' or '*';

    internal static void Append(StringBuilder builder, string text, Func<char, bool> isSafe)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80 && isSafe(c))
            {
                builder.Append(c);
                continue;
            }

            if (System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                throw new ArgumentException($"The text has an unpaired UTF-16 surrogate at index {i}; Rest.li values must be valid Unicode.", nameof(text));
            }

            int length = rune.EncodeToUtf8(utf8);
            for (int b = 0; b < length; b++)
            {
                builder.Append('%').Append(HexUpper(utf8[b] >> 4)).Append(HexUpper(utf8[b] & 0xF));
            }

            i += consumed - 1;
        }
    }

    /// <summary>
    /// Decodes <c>%XX</c> escapes (and, in query strings, <c>+</c> as a space) of <paramref name="text"/>[start..end).
    /// Characters that are not escaped are taken as they are, so decoded or half-encoded input is accepted too.
    /// </summary>
    internal static string Decode(string text, int start, int end, bool plusAsSpace, int positionOffset)
    {
        int firstSpecial = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '%' || (plusAsSpace && c == '+'))
            {
                firstSpecial = i;
                break;
            }
        }

        if (firstSpecial < 0)
        {
            return text.Substring(start, end - start);
        }

        byte[] buffer = new byte[(end - start) * 3];
        int count;
        try
        {
            count = StrictUtf8.GetBytes(text, start, firstSpecial - start, buffer, 0);
        }
        catch (EncoderFallbackException ex)
        {
            throw new RestLiFormatException($"Invalid character before position {positionOffset + firstSpecial}: an unpaired UTF-16 surrogate.", ex);
        }

        Span<char> one = stackalloc char[2];
        for (int i = firstSpecial; i < end; i++)
        {
            char c = text[i];
            if (c == '%')
            {
                if (end - i < 3)
                {
                    throw new RestLiFormatException(
                        $"Invalid percent-escape at position {positionOffset + i}: expected two hexadecimal digits after '%' but the text ends.",
                        positionOffset + i);
                }

                int hi = HexValue(text[i + 1]);
                int lo = HexValue(text[i + 2]);
                if (hi < 0 || lo < 0)
                {
                    throw new RestLiFormatException(
                        $"Invalid percent-escape at position {positionOffset + i}: expected two hexadecimal digits after '%'.",
                        positionOffset + i);
                }

                buffer[count++] = (byte)((hi << 4) | lo);
                i += 2;
            }
            else if (plusAsSpace && c == '+')
            {
                buffer[count++] = (byte)' ';
            }
            else if (c < 0x80)
            {
                buffer[count++] = (byte)c;
            }
            else
            {
                int chars = 1;
                one[0] = c;
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    one[1] = text[i + 1];
                    chars = 2;
                }

                try
                {
                    count += StrictUtf8.GetBytes(one[..chars], buffer.AsSpan(count));
                }
                catch (EncoderFallbackException ex)
                {
                    throw new RestLiFormatException($"Invalid character at position {positionOffset + i}: an unpaired UTF-16 surrogate.", ex);
                }

                i += chars - 1;
            }
        }

        try
        {
            return StrictUtf8.GetString(buffer, 0, count);
        }
        catch (DecoderFallbackException ex)
        {
            throw new RestLiFormatException(
                $"Invalid percent-encoded text at position {positionOffset + start}: the escaped bytes before position {positionOffset + end} are not valid UTF-8.",
                ex);
        }
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
