using System.Diagnostics.CodeAnalysis;

namespace LinkedInRsc;

/// <summary>
/// A LinkedIn member (person) URN, <c>urn:li:person:{id}</c>: identifies a member exported, matched or linked to a candidate,
/// or an ATS user who connected their LinkedIn account.
/// </summary>
public readonly struct PersonUrn : IEquatable<PersonUrn>, IParsable<PersonUrn>
{
    private const string Prefix = "urn:li:person:";

    private readonly string? _id;

    private PersonUrn(string id) => _id = id;

    /// <summary>The id after the prefix.</summary>
    /// <exception cref="InvalidOperationException">The value is <see langword="default"/>, not a parsed or created URN.</exception>
    public string Id => _id ?? throw UrnParser.Uninitialized(nameof(PersonUrn));

    /// <summary>Creates the URN of an person id.</summary>
    /// <param name="id">The person id, e.g. <c>"aBc12-3_D"</c>.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not letters, digits, <c>-</c> or <c>_</c>.</exception>
    public static PersonUrn FromId(string id) => new(UrnParser.RequireId(id, numeric: false, nameof(PersonUrn)));

    /// <summary>Parses <c>urn:li:person:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not a person URN; the message says what was expected.</exception>
    public static PersonUrn Parse(string s) => new(UrnParser.Parse(s, Prefix, numeric: false, nameof(PersonUrn)));

    /// <summary>Tries to parse <c>urn:li:person:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is a valid person URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PersonUrn result)
    {
        result = UrnParser.TryParse(s, Prefix, numeric: false, out string? id) ? new(id) : default;
        return id is not null;
    }

    /// <inheritdoc />
    static PersonUrn IParsable<PersonUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<PersonUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PersonUrn result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(PersonUrn other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonUrn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <summary>The URN text (empty for a <see langword="default"/> value), <c>urn:li:person:{id}</c>.</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PersonUrn left, PersonUrn right) => left.Equals(right);

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PersonUrn left, PersonUrn right) => !left.Equals(right);
}
