using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace LinkedInRsc;

/// <summary>
/// A LinkedIn member (person) URN, <c>urn:li:person:{id}</c>: identifies a member exported, matched or linked to a candidate,
/// or an ATS user who connected their LinkedIn account.
/// </summary>
/// <remarks>One of the URN types that share the <see cref="IUrn{TSelf}"/> shape.</remarks>
[JsonConverter(typeof(UrnJsonConverter<PersonUrn>))]
public readonly record struct PersonUrn : IUrn<PersonUrn>
{
    private readonly string? _id;

    private PersonUrn(string id) => _id = id;

    /// <summary><c>urn:li:person:</c>.</summary>
    public static string Prefix => "urn:li:person:";

    /// <summary>Whether the id is a positive decimal number: it is not (letters, digits, <c>-</c> and <c>_</c>).</summary>
    public static bool HasNumericId => false;

    /// <inheritdoc />
    public string Id => _id ?? throw UrnParser.Uninitialized<PersonUrn>();

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The person id, e.g. <c>"aBc12-3_D"</c>.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not letters, digits, <c>-</c> or <c>_</c> of at most 64 characters.</exception>
    public static PersonUrn FromId(string id) => new(UrnParser.RequireId<PersonUrn>(id));

    /// <summary>Parses <c>urn:li:person:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not such a URN; the message says what was expected.</exception>
    public static PersonUrn Parse(string s) => new(UrnParser.IdOf<PersonUrn>(s));

    /// <summary>Tries to parse <c>urn:li:person:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is such a URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PersonUrn result) => UrnParser.TryParse(s, out result);

    /// <inheritdoc />
    static PersonUrn IParsable<PersonUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PersonUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PersonUrn result) => TryParse(s, out result);

    /// <summary>The URN text, <c>urn:li:person:{id}</c> (empty for a <see langword="default"/> value).</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;
}
