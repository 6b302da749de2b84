using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace LinkedInRsc;

/// <summary>
/// A LinkedIn Recruiter seat URN, <c>urn:li:seat:{id}</c>: one recruiter's licence on a contract.
/// </summary>
/// <remarks>One of the URN types that share the <see cref="IUrn{TSelf}"/> shape.</remarks>
[JsonConverter(typeof(UrnJsonConverter<SeatUrn>))]
public readonly record struct SeatUrn : IUrn<SeatUrn>
{
    private readonly string? _id;

    private SeatUrn(string id) => _id = id;

    /// <summary><c>urn:li:seat:</c>.</summary>
    public static string Prefix => "urn:li:seat:";

    /// <summary>Whether the id is a positive decimal number: it is.</summary>
    public static bool HasNumericId => true;

    /// <inheritdoc />
    public string Id => _id ?? throw UrnParser.Uninitialized<SeatUrn>();

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The numeric seat id.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not a positive decimal number of at most 64 characters.</exception>
    public static SeatUrn FromId(string id) => new(UrnParser.RequireId<SeatUrn>(id));

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The numeric id.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not positive.</exception>
    public static SeatUrn FromId(long id) => FromId(UrnParser.Format(id));

    /// <summary>Parses <c>urn:li:seat:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not such a URN; the message says what was expected.</exception>
    public static SeatUrn Parse(string s) => new(UrnParser.IdOf<SeatUrn>(s));

    /// <summary>Tries to parse <c>urn:li:seat:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is such a URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SeatUrn result) => UrnParser.TryParse(s, out result);

    /// <inheritdoc />
    static SeatUrn IParsable<SeatUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<SeatUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SeatUrn result) => TryParse(s, out result);

    /// <summary>The URN text, <c>urn:li:seat:{id}</c> (empty for a <see langword="default"/> value).</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;
}
