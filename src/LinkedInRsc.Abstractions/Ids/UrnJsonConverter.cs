using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinkedInRsc;

/// <summary>
/// Reads and writes an <see cref="IUrn{TSelf}"/> as its text, a JSON string (<see langword="null"/> for a
/// <see langword="default"/> value). Every URN type of the SDK carries it.
/// </summary>
/// <typeparam name="T">The URN type.</typeparam>
public sealed class UrnJsonConverter<T> : JsonConverter<T>
    where T : struct, IUrn<T>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return T.TryParse(text, out T urn)
            ? urn
            : throw new JsonException($"A {typeof(T).Name} is a JSON string '{T.Prefix}{{id}}'.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Equals(default))
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }
}
