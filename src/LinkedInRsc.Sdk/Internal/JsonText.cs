using System.Text;
using System.Text.Json;

namespace LinkedInRsc.Internal;

/// <summary>
/// Whether a JSON text can be read in full. <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// accepts strings that are not text — invalid UTF-8 bytes, escapes of lone surrogates (<c>"\ud800"</c>) — and only
/// reading such a string throws (an <see cref="InvalidOperationException"/>, far from the parse). Checking every
/// string once, before the document is used, turns that into "the body is not JSON" at the one place that handles it.
/// </summary>
internal static class JsonText
{
    /// <summary>The nesting depth <see cref="JsonDocument"/> accepts by default.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// False when <paramref name="json"/> holds a string or name that is not valid text, or is not one well-formed JSON
    /// value (within <see cref="MaxDepth"/>) where that shows while looking for such strings. A body of ASCII bytes
    /// without an escape holds only valid strings and is not scanned at all: every caller parses the body next, and
    /// that parse is what finds a malformed one. So the common answer costs one vectorized pass, not a second parse.
    /// </summary>
    public static bool IsReadable(ReadOnlySpan<byte> json)
    {
        if (Ascii.IsValid(json) && !json.Contains((byte)'\\'))
        {
            return true;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && (reader.ValueIsEscaped || !Ascii.IsValid(reader.ValueSpan)))
                {
                    _ = reader.GetString(); // throws InvalidOperationException for invalid UTF-8 or an escaped lone surrogate
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
