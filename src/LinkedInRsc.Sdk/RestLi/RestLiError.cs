using System.Globalization;
using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>
/// An error reported by LinkedIn: the whole-response error body (LinkedIn's
/// <c>{"status","serviceErrorCode","message"}</c> or Rest.li's richer ErrorResponse with <c>code</c>,
/// <c>requestId</c>, <c>errorDetails</c>, ...), or one entity's error inside a batch response. OAuth errors
/// (<c>error</c>, <c>error_description</c>) map to <see cref="Code"/> and <see cref="Message"/>.
/// </summary>
public sealed record RestLiError
{
    /// <summary>The HTTP status of this error (<c>status</c>).</summary>
    public int? Status { get; init; }

    /// <summary>LinkedIn's <c>serviceErrorCode</c>.</summary>
    public int? ServiceErrorCode { get; init; }

    /// <summary>The error message (<c>message</c>, or OAuth <c>error_description</c>).</summary>
    public string? Message { get; init; }

    /// <summary>The symbolic code (Rest.li <c>code</c>, e.g. <c>INVALID_INPUT</c>, or OAuth <c>error</c>).</summary>
    public string? Code { get; init; }

    /// <summary>The Rest.li <c>requestId</c>, when the body carried one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The Rest.li <c>docUrl</c>.</summary>
    public string? DocumentationUrl { get; init; }

    /// <summary>The Rest.li <c>exceptionClass</c>.</summary>
    public string? ExceptionClass { get; init; }

    /// <summary>The Rest.li <c>errorDetailType</c> (the schema of <see cref="ErrorDetails"/>).</summary>
    public string? ErrorDetailType { get; init; }

    /// <summary>The Rest.li <c>errorDetails</c> record, as sent; may hold entity data, so never log it.</summary>
    public JsonElement? ErrorDetails { get; init; }

    /// <summary>Reads an error object; unknown members are ignored.</summary>
    /// <param name="json">An error object.</param>
    /// <returns>The error, or <see langword="null"/> when <paramref name="json"/> is not an object or carries none of the known members.</returns>
    public static RestLiError? FromJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var error = new RestLiError
        {
            Status = ReadInt(json, "status"),
            ServiceErrorCode = ReadInt(json, "serviceErrorCode"),
            Message = ReadString(json, "message") ?? ReadString(json, "error_description"),
            Code = ReadString(json, "code") ?? ReadString(json, "error"),
            RequestId = ReadString(json, "requestId"),
            DocumentationUrl = ReadString(json, "docUrl"),
            ExceptionClass = ReadString(json, "exceptionClass"),
            ErrorDetailType = ReadString(json, "errorDetailType"),
            ErrorDetails = json.TryGetProperty("errorDetails", out var details) && details.ValueKind != JsonValueKind.Null ? details.Clone() : null,
        };
        return error == Empty ? null : error;
    }

    /// <summary>Shows the status and codes, never the message or details (which may echo entity data).</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"RestLiError {{ Status = {Status}, ServiceErrorCode = {ServiceErrorCode}, Code = {Code}, RequestId = {RequestId} }}";

    private static readonly RestLiError Empty = new();

    internal static int? ReadInt(JsonElement json, string name)
    {
        if (!json.TryGetProperty(name, out var value))
        {
            return null;
        }

        return ReadInt(value);
    }

    /// <summary>A JSON number, or a number in a JSON string, as an <see cref="int"/>; null for anything else.</summary>
    internal static int? ReadInt(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number : null;
    }

    internal static string? ReadString(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
