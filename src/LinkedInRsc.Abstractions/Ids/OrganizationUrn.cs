using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace LinkedInRsc;

/// <summary>
/// A LinkedIn organization (company) URN, <c>urn:li:organization:{id}</c>: the integration context of the
/// company-level integrations and of every synced record.
/// </summary>
/// <remarks>One of the URN types that share the <see cref="IUrn{TSelf}"/> shape.</remarks>
[JsonConverter(typeof(UrnJsonConverter<OrganizationUrn>))]
public readonly record struct OrganizationUrn : IUrn<OrganizationUrn>
{
    private readonly string? _id;

    private OrganizationUrn(string id) => _id = id;

    /// <summary><c>urn:li:organization:</c>.</summary>
    public static string Prefix => "urn:li:organization:";

    /// <summary>Whether the id is a positive decimal number: it is.</summary>
    public static bool HasNumericId => true;

    /// <inheritdoc />
    public string Id => _id ?? throw UrnParser.Uninitialized<OrganizationUrn>();

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The numeric organization id, e.g. <c>"123456"</c>.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not a positive decimal number of at most 64 characters.</exception>
    public static OrganizationUrn FromId(string id) => new(UrnParser.RequireId<OrganizationUrn>(id));

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The numeric id.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not positive.</exception>
    public static OrganizationUrn FromId(long id) => FromId(UrnParser.Format(id));

    /// <summary>Parses <c>urn:li:organization:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not such a URN; the message says what was expected.</exception>
    public static OrganizationUrn Parse(string s) => new(UrnParser.IdOf<OrganizationUrn>(s));

    /// <summary>Tries to parse <c>urn:li:organization:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is such a URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OrganizationUrn result) => UrnParser.TryParse(s, out result);

    /// <inheritdoc />
    static OrganizationUrn IParsable<OrganizationUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<OrganizationUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganizationUrn result) => TryParse(s, out result);

    /// <summary>The URN text, <c>urn:li:organization:{id}</c> (empty for a <see langword="default"/> value).</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;
}
