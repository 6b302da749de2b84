using System.Text.Json;
using System.Text.Json.Serialization;

namespace LinkedInRsc;

/// <summary>
/// Reads and writes an <see cref="IExtensibleEnum{TSelf}"/> as its wire value, a JSON string (<see langword="null"/>
/// for a <see langword="default"/> value). Every extensible enum of the SDK carries it.
/// </summary>
/// <typeparam name="T">The extensible enum.</typeparam>
public sealed class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
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

        string? value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return string.IsNullOrWhiteSpace(value)
            ? throw new JsonException($"A {typeof(T).Name} is a non-empty JSON string (LinkedIn's wire value).")
            : T.Create(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsEmpty)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
