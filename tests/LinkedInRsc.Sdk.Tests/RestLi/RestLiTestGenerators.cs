using CsCheck;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi;

/// <summary>CsCheck generators of Rest.li values, strings heavy in reserved and non-ASCII characters.</summary>
internal static class RestLiTestGenerators
{
    internal static readonly string[] Reserved =
    [
        "(", ")", ",", ":", "'", "''", "List(", "&", "=", "+", "%", "%25", "%3A", " ", "/", "?", "#", "[", "]", ".", "@",
        "!", "$", "*", ";", "~", "-", "_", "\"", "\\", "\t", "\n", "\0", "é", "ß", "中", "😀", "\u00A0", "\uFFFD",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, (IGen<string>)Gen.OneOf(Reserved)),
        (3, Gen.Int[0x20, 0x7E].Select(c => ((char)c).ToString())),
        (1, Gen.Int[0x80, 0xD7FF].Select(c => ((char)c).ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    /// <summary>Any valid Unicode text, often holding reserved characters.</summary>
    internal static readonly Gen<string> Text = Piece.Array[0, 6].Select(string.Concat);

    /// <summary>Names protocol 1.0 can carry (letters, digits, '-', '_', '~').</summary>
    internal static readonly Gen<string> Identifier =
        Gen.OneOf("a", "b", "ids", "q", "start", "count", "timeRange", "atsCandidateId", "x_1", "y-2", "z~3", "Aa", "fields2");

    /// <summary>Any value in protocol 2.0: nested lists and records, empty ones included.</summary>
    internal static readonly Gen<RestLiValue> Value = Gen.Recursive<RestLiValue>((depth, inner) =>
        depth >= 4
            ? Text.Select(RestLiValue.FromString)
            : Gen.Frequency(
                (3, (IGen<RestLiValue>)Text.Select(RestLiValue.FromString)),
                (1, inner.Array[0, 4].Select(items => RestLiValue.ListOf(items))),
                (1, Gen.Select(Text, inner).Array[0, 4].Select(ToRecord))));

    /// <summary>Values protocol 1.0 query parameters can carry: no empty lists or records, identifier field names.</summary>
    internal static readonly Gen<RestLiValue> Version1Value = Gen.Recursive<RestLiValue>((depth, inner) =>
        depth >= 4
            ? Text.Select(RestLiValue.FromString)
            : Gen.Frequency(
                (3, (IGen<RestLiValue>)Text.Select(RestLiValue.FromString)),
                (1, inner.Array[1, 4].Select(items => RestLiValue.ListOf(items))),
                (1, Gen.Select(Identifier, inner).Array[1, 4].Select(ToRecord))));

    /// <summary>A top-level protocol 1.0 parameter value: a one-item list of primitives is excluded (1.0 reads it back as the primitive).</summary>
    internal static readonly Gen<RestLiValue> Version1Parameter = Version1Value.Where(v =>
        !(v.Kind == RestLiValueKind.List && v.Items.Count == 1 && v.Items[0].Kind == RestLiValueKind.Primitive));

    internal static RestLiValue ToRecord((string Key, RestLiValue Value)[] fields)
    {
        var unique = new Dictionary<string, RestLiValue>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            unique[key] = value;
        }

        return RestLiValue.RecordOf(unique);
    }
}
