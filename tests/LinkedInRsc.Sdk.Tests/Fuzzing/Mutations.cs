using System.Text;
using CsCheck;

namespace LinkedInRsc.Sdk.Tests.Fuzzing;

/// <summary>
/// CsCheck generators that mutate valid samples the way broken or hostile input differs from good input: cut short,
/// a character or byte flipped, a delimiter inserted, a slice repeated or dropped, wrapped in deep nesting, a huge
/// number, invalid UTF-8 (percent-encoded in text, raw in bytes) and lone surrogates. One to four mutations each.
/// </summary>
internal static class Mutations
{
    private const int Kinds = 10;

    /// <summary>Huge or odd numbers.</summary>
    private static readonly string[] Numbers =
        ["99999999999999999999999999", "-9223372036854775809", "2147483648", "1e999999", "-0", "0x10", "1.5", "NaN", "00000000000000000000001"];

    /// <summary>Percent-encoded byte sequences that are not UTF-8 (overlong, surrogate, out of range, cut short).</summary>
    private static readonly string[] BadPercentUtf8 = ["%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%C3", "%80", "%F0%9F%98"];

    /// <summary>Raw byte sequences that are not UTF-8.</summary>
    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFE, 0xFF]];

    private static readonly string[] Surrogates = ["\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800"];

    private static readonly string[] JsonSurrogateEscapes = ["\\ud800", "\\udc00", "\\udbff\\u0041", "\\udfff\\ud800", "\\u00", "\\x41"];

    private static readonly Gen<(int Kind, double At, int Pick)[]> Ops =
        Gen.Select(Gen.Int[0, Kinds - 1], Gen.Double[0, 1], Gen.Int[0, 1_000_000]).Array[1, 4];

    /// <summary>Mutations of text from <paramref name="valid"/>, inserting <paramref name="delimiters"/> and nesting with <paramref name="nesting"/>.</summary>
    internal static Gen<string> OfText(Gen<string> valid, string[] delimiters, (string Open, string Close)[] nesting) =>
        Gen.Select(valid, Ops, (text, ops) =>
        {
            foreach ((int kind, double at, int pick) in ops)
            {
                text = Apply(text, kind, at, pick, delimiters, nesting);
            }

            return text;
        });

    /// <summary>Mutations of UTF-8 JSON from <paramref name="valid"/>: the text mutations on its characters, then raw byte damage.</summary>
    internal static Gen<byte[]> OfJson(Gen<string> valid) =>
        Gen.Select(OfText(valid, JsonDelimiters, JsonNesting), Ops, (text, ops) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text.Replace("\uFFFF", string.Empty, StringComparison.Ordinal));
            foreach ((int kind, double at, int pick) in ops)
            {
                bytes = ApplyBytes(bytes, kind, at, pick);
            }

            return bytes;
        });

    /// <summary>What a JSON text is made of, and escapes that decode to invalid UTF-16.</summary>
    internal static readonly string[] JsonDelimiters = ["{", "}", "[", "]", "\"", ":", ",", "\\", "\\\"", "null", "true", "0", "-", "e", " ", "\n", .. JsonSurrogateEscapes];

    internal static readonly (string Open, string Close)[] JsonNesting = [("[", "]"), ("{\"a\":", "}"), ("{\"results\":{\"k\":", "}}"), ("[{\"elements\":", "}]")];

    private static string Apply(string text, int kind, double at, int pick, string[] delimiters, (string Open, string Close)[] nesting)
    {
        int i = (int)(at * text.Length);
        switch (kind)
        {
            case 0: // cut short
                return text[..i];
            case 1: // a character flipped
                return text.Length == 0 ? text : text[..Math.Min(i, text.Length - 1)] + (char)(text[Math.Min(i, text.Length - 1)] ^ (1 << (pick % 7))) + text[(Math.Min(i, text.Length - 1) + 1)..];
            case 2: // a delimiter inserted
                return text.Insert(i, delimiters[pick % delimiters.Length]);
            case 3: // deep nesting, from a little to far more than any parser's limit
                (string open, string close) = nesting[pick % nesting.Length];
                int depth = (pick % 3) switch { 0 => 20 + (pick % 50), 1 => 200 + (pick % 800), _ => 10_000 };
                return string.Concat(Enumerable.Repeat(open, depth)) + text + string.Concat(Enumerable.Repeat(close, pick % 2 == 0 ? depth : depth / 2));
            case 4: // a huge or odd number
                return text.Insert(i, Numbers[pick % Numbers.Length]);
            case 5: // percent-encoded invalid UTF-8
                return text.Insert(i, BadPercentUtf8[pick % BadPercentUtf8.Length]);
            case 6: // a lone surrogate
                return text.Insert(i, Surrogates[pick % Surrogates.Length]);
            case 7: // a slice repeated
                int length = Math.Min(text.Length - i, 1 + (pick % 16));
                return text.Insert(i, text.Substring(i, length));
            case 8: // a slice dropped
                return text.Remove(i, Math.Min(text.Length - i, 1 + (pick % 8)));
            default: // unchanged: the valid sample itself is input too
                return text;
        }
    }

    private static byte[] ApplyBytes(byte[] bytes, int kind, double at, int pick)
    {
        int i = (int)(at * bytes.Length);
        switch (kind)
        {
            case 0 when pick % 4 == 0: // cut short, even inside a multi-byte character
                return bytes[..i];
            case 1 when bytes.Length > 0: // a bit flipped
                byte[] flipped = (byte[])bytes.Clone();
                flipped[Math.Min(i, bytes.Length - 1)] ^= (byte)(1 << (pick % 8));
                return flipped;
            case 5: // raw invalid UTF-8
                return [.. bytes[..i], .. BadUtf8[pick % BadUtf8.Length], .. bytes[i..]];
            default:
                return bytes;
        }
    }
}
