using System.Diagnostics.CodeAnalysis;

namespace LinkedInRsc;

/// <summary>
/// A LinkedIn organization (company) URN, <c>urn:li:organization:{id}</c>: the integration context of the
/// company-level integrations and of every synced record.
/// </summary>
public readonly struct OrganizationUrn : IEquatable<OrganizationUrn>, IParsable<OrganizationUrn>
{
    private const string Prefix = "urn:li:organization:";

    private readonly string? _id;

    private OrganizationUrn(string id) => _id = id;

    /// <summary>The numeric id after the prefix.</summary>
    /// <exception cref="InvalidOperationException">The value is <see langword="default"/>, not a parsed or created URN.</exception>
    public string Id => _id ?? throw UrnParser.Uninitialized(nameof(OrganizationUrn));

    /// <summary>Creates the URN of an organization id.</summary>
    /// <param name="id">The numeric organization id, e.g. <c>"123456"</c>.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not a positive decimal number.</exception>
    public static OrganizationUrn FromId(string id) => new(UrnParser.RequireNumericId(id, nameof(OrganizationUrn)));

    /// <summary>Creates the URN of an organization id.</summary>
    /// <param name="id">The organization id.</param>
    /// <returns>The URN.</returns>
    public static OrganizationUrn FromId(long id) => FromId(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Parses <c>urn:li:organization:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not an organization URN; the message says what was expected.</exception>
    public static OrganizationUrn Parse(string s) => new(UrnParser.Parse(s, Prefix, numeric: true, nameof(OrganizationUrn)));

    /// <summary>Tries to parse <c>urn:li:organization:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is a valid organization URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OrganizationUrn result)
    {
        result = UrnParser.TryParse(s, Prefix, numeric: true, out string? id) ? new(id) : default;
        return id is not null;
    }

    /// <inheritdoc />
    static OrganizationUrn IParsable<OrganizationUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<OrganizationUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganizationUrn result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(OrganizationUrn other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationUrn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <summary>The URN text (empty for a <see langword="default"/> value), <c>urn:li:organization:{id}</c>.</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(OrganizationUrn left, OrganizationUrn right) => left.Equals(right);

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(OrganizationUrn left, OrganizationUrn right) => !left.Equals(right);
}
