using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources;

/// <summary>
/// LinkedIn's field rules for synced entities: each check returns an error message naming the field, or
/// <see langword="null"/> when the value is acceptable. Kept in one place so every resource refuses the same way.
/// </summary>
internal static class EntityRules
{
    public const string PersonUrnPrefix = "urn:li:person:";
    public const string SeatUrnPrefix = "urn:li:seat:";
    public const string ContractUrnPrefix = "urn:li:contract:";
    public const string OrganizationUrnPrefix = "urn:li:organization:";

    public static string? RequiredString(JsonObject entity, string field, int? maxLength = null)
    {
        if (!TryGetString(entity, field, out var value))
        {
            return $"Field '{field}' is required and must be a string.";
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return $"Field '{field}' must contain at least 1 character.";
        }

        return maxLength is { } max && value.Length > max
            ? $"Field '{field}' is {value.Length} characters long; at most {max} are allowed."
            : null;
    }

    public static string? OptionalString(JsonObject entity, string field, int? maxLength = null)
    {
        if (!entity.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        return RequiredString(entity, field, maxLength);
    }

    public static string? RequiredTimestamp(JsonObject entity, string field)
    {
        if (!TryGetLong(entity, field, out var value))
        {
            return $"Field '{field}' is required and must be epoch milliseconds (a positive integer).";
        }

        return value <= 0 ? $"Field '{field}' must be epoch milliseconds greater than 0, got {value}." : null;
    }

    public static string? OptionalTimestamp(JsonObject entity, string field)
    {
        if (!entity.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        return RequiredTimestamp(entity, field);
    }

    /// <summary>Both timestamps required, &gt; 0, and last-modified ≥ created.</summary>
    public static string? CreatedAndModified(JsonObject entity, string createdField = "atsCreatedAt", string modifiedField = "atsLastModifiedAt")
    {
        var error = RequiredTimestamp(entity, createdField) ?? RequiredTimestamp(entity, modifiedField);
        if (error is not null)
        {
            return error;
        }

        TryGetLong(entity, createdField, out var created);
        TryGetLong(entity, modifiedField, out var modified);
        return modified < created
            ? $"Field '{modifiedField}' ({modified}) must be greater than or equal to '{createdField}' ({created})."
            : null;
    }

    /// <summary>LinkedIn's e-mail shape: X@X.X.</summary>
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@'))
        {
            return false;
        }

        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1;
    }

    public static string? OptionalEmail(JsonObject entity, string field)
    {
        if (!entity.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        return TryGetString(entity, field, out var value) && IsEmail(value)
            ? null
            : $"Field '{field}' must be an e-mail address of the form X@X.X.";
    }

    public static string? RequiredArray(JsonObject entity, string field) =>
        entity.TryGetPropertyValue(field, out var node) && node is JsonArray
            ? null
            : $"Field '{field}' is required and must be an array (it may be empty).";

    /// <summary>An Actor (author, interviewer): optional, but first and last name are required when present.</summary>
    public static string? OptionalActor(JsonObject entity, string field)
    {
        if (!entity.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonObject actor)
        {
            return $"Field '{field}' must be an object with 'firstName' and 'lastName'.";
        }

        var error = RequiredString(actor, "firstName") ?? RequiredString(actor, "lastName");
        return error is null ? null : $"Field '{field}': {error}";
    }

    public static string? OptionalEnum(JsonObject entity, string field, params string[] allowed)
    {
        if (!entity.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        return TryGetString(entity, field, out var value) && allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : $"Field '{field}' must be one of {string.Join(", ", allowed)}.";
    }

    /// <summary>Whether <paramref name="value"/> is a URN of the kind <paramref name="prefix"/> names, by the SDK's own URN rules.</summary>
    public static bool IsUrn(string? value, string prefix) => prefix switch
    {
        PersonUrnPrefix => PersonUrn.TryParse(value, out _),
        SeatUrnPrefix => SeatUrn.TryParse(value, out _),
        ContractUrnPrefix => ContractUrn.TryParse(value, out _),
        OrganizationUrnPrefix => OrganizationUrn.TryParse(value, out _),
        _ => value is not null && value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length,
    };

    public static bool TryGetString(JsonObject entity, string field, out string value)
    {
        value = string.Empty;
        if (entity.TryGetPropertyValue(field, out var node) && node is JsonValue jv && jv.TryGetValue(out string? s))
        {
            value = s;
            return true;
        }

        return false;
    }

    public static bool TryGetLong(JsonObject entity, string field, out long value)
    {
        value = 0;
        if (!entity.TryGetPropertyValue(field, out var node) || node is not JsonValue jv)
        {
            return false;
        }

        if (jv.TryGetValue(out long l))
        {
            value = l;
            return true;
        }

        if (jv.TryGetValue(out int i))
        {
            value = i;
            return true;
        }

        if (jv.TryGetValue(out JsonElement element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out l))
        {
            value = l;
            return true;
        }

        if (jv.TryGetValue(out double d) && d == Math.Floor(d) && d is >= long.MinValue and <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        return false;
    }

    public static IEnumerable<string> Strings(JsonObject entity, string field)
    {
        if (entity.TryGetPropertyValue(field, out var node) && node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is JsonValue v && v.TryGetValue(out string? s))
                {
                    yield return s;
                }
            }
        }
    }

    public static string Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>First error of a sequence of checks, or null.</summary>
    public static string? First(params string?[] errors) => errors.FirstOrDefault(e => e is not null);
}
