using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>Helpers between JSON and <see cref="RestLiValue"/> and for reading keys in response maps.</summary>
internal static class RestLiJson
{
    /// <summary>Converts a JSON id (string, number, boolean, object or array) to a value; strings are decoded as keys.</summary>
    internal static RestLiValue? ToKey(JsonElement json, RestLiProtocolVersion protocol) => json.ValueKind switch
    {
        JsonValueKind.String => DecodeKeyLeniently(json.GetString()!, protocol),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => ToValue(json, 0),
    };

    /// <summary>Decodes a key as written by LinkedIn in either protocol; text that decodes in neither is kept as a primitive.</summary>
    internal static RestLiValue DecodeKeyLeniently(string text, RestLiProtocolVersion protocol)
    {
        var other = protocol == RestLiProtocolVersion.Version2 ? RestLiProtocolVersion.Version1 : RestLiProtocolVersion.Version2;
        try
        {
            return RestLiCodec.DecodeKey(text, protocol);
        }
        catch (RestLiFormatException)
        {
        }

        try
        {
            return RestLiCodec.DecodeKey(text, other);
        }
        catch (RestLiFormatException)
        {
            return RestLiValue.FromString(text);
        }
    }

    /// <summary>
    /// Every reading of a response map key: as the request's protocol, and as the other one (LinkedIn services have
    /// answered 2.0 requests with 1.0-style keys and vice versa).
    /// </summary>
    internal static IEnumerable<RestLiValue> KeyCandidates(string text, RestLiProtocolVersion protocol)
    {
        var other = protocol == RestLiProtocolVersion.Version2 ? RestLiProtocolVersion.Version1 : RestLiProtocolVersion.Version2;
        RestLiValue? first = TryDecode(text, protocol);
        if (first is not null)
        {
            yield return first;
        }

        RestLiValue? second = TryDecode(text, other);
        if (second is not null && second != first)
        {
            yield return second;
        }

        if (first is null && second is null)
        {
            yield return RestLiValue.FromString(text);
        }
    }

    private static RestLiValue? TryDecode(string text, RestLiProtocolVersion protocol)
    {
        try
        {
            return RestLiCodec.DecodeKey(text, protocol);
        }
        catch (RestLiFormatException)
        {
            return null;
        }
    }

    private static RestLiValue ToValue(JsonElement json, int depth)
    {
        if (depth >= RestLiCodec.MaxNestingDepth)
        {
            return RestLiValue.FromString(json.GetRawText());
        }

        return json.ValueKind switch
        {
            JsonValueKind.Object => RestLiValue.RecordOf(json.EnumerateObject()
                .GroupBy(static p => p.Name, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, RestLiValue>(g.Key, ToValue(g.Last().Value, depth + 1)))),
            JsonValueKind.Array => RestLiValue.ListOf(json.EnumerateArray().Select(e => ToValue(e, depth + 1))),
            JsonValueKind.String => RestLiValue.FromString(json.GetString()!),
            JsonValueKind.Null => RestLiValue.EmptyString,
            _ => RestLiValue.FromString(json.GetRawText()),
        };
    }
}
