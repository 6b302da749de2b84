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

/// <summary>
/// A LinkedIn Recruiter contract URN, <c>urn:li:contract:{id}</c>: the integration context of the contract-level
/// <c>CSA_API</c> integration (InMail history, notes history, stub profiles, seats).
/// </summary>
public readonly struct ContractUrn : IEquatable<ContractUrn>, IParsable<ContractUrn>
{
    private const string Prefix = "urn:li:contract:";

    private readonly string? _id;

    private ContractUrn(string id) => _id = id;

    /// <summary>The id after the prefix.</summary>
    /// <exception cref="InvalidOperationException">The value is <see langword="default"/>, not a parsed or created URN.</exception>
    public string Id => _id ?? throw UrnParser.Uninitialized(nameof(ContractUrn));

    /// <summary>Creates the URN of an contract id.</summary>
    /// <param name="id">The numeric contract id, e.g. <c>"987654"</c>.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not a positive decimal number.</exception>
    public static ContractUrn FromId(string id) => new(UrnParser.RequireNumericId(id, nameof(ContractUrn)));

    /// <summary>Creates the URN of an contract id.</summary>
    /// <param name="id">The contract id.</param>
    /// <returns>The URN.</returns>
    public static ContractUrn FromId(long id) => FromId(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Parses <c>urn:li:contract:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not a contract URN; the message says what was expected.</exception>
    public static ContractUrn Parse(string s) => new(UrnParser.Parse(s, Prefix, numeric: true, nameof(ContractUrn)));

    /// <summary>Tries to parse <c>urn:li:contract:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is a valid contract URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ContractUrn result)
    {
        result = UrnParser.TryParse(s, Prefix, numeric: true, out string? id) ? new(id) : default;
        return id is not null;
    }

    /// <inheritdoc />
    static ContractUrn IParsable<ContractUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ContractUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ContractUrn result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(ContractUrn other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContractUrn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <summary>The URN text (empty for a <see langword="default"/> value), <c>urn:li:contract:{id}</c>.</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ContractUrn left, ContractUrn right) => left.Equals(right);

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ContractUrn left, ContractUrn right) => !left.Equals(right);
}

/// <summary>
/// A LinkedIn Recruiter seat URN, <c>urn:li:seat:{id}</c>: one recruiter's licence on a contract.
/// </summary>
public readonly struct SeatUrn : IEquatable<SeatUrn>, IParsable<SeatUrn>
{
    private const string Prefix = "urn:li:seat:";

    private readonly string? _id;

    private SeatUrn(string id) => _id = id;

    /// <summary>The id after the prefix.</summary>
    /// <exception cref="InvalidOperationException">The value is <see langword="default"/>, not a parsed or created URN.</exception>
    public string Id => _id ?? throw UrnParser.Uninitialized(nameof(SeatUrn));

    /// <summary>Creates the URN of an seat id.</summary>
    /// <param name="id">The numeric seat id.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not a positive decimal number.</exception>
    public static SeatUrn FromId(string id) => new(UrnParser.RequireNumericId(id, nameof(SeatUrn)));

    /// <summary>Creates the URN of an seat id.</summary>
    /// <param name="id">The seat id.</param>
    /// <returns>The URN.</returns>
    public static SeatUrn FromId(long id) => FromId(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Parses <c>urn:li:seat:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not a seat URN; the message says what was expected.</exception>
    public static SeatUrn Parse(string s) => new(UrnParser.Parse(s, Prefix, numeric: true, nameof(SeatUrn)));

    /// <summary>Tries to parse <c>urn:li:seat:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is a valid seat URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SeatUrn result)
    {
        result = UrnParser.TryParse(s, Prefix, numeric: true, out string? id) ? new(id) : default;
        return id is not null;
    }

    /// <inheritdoc />
    static SeatUrn IParsable<SeatUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<SeatUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SeatUrn result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(SeatUrn other) => string.Equals(_id, other._id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeatUrn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _id is null ? 0 : StringComparer.Ordinal.GetHashCode(_id);

    /// <summary>The URN text (empty for a <see langword="default"/> value), <c>urn:li:seat:{id}</c>.</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SeatUrn left, SeatUrn right) => left.Equals(right);

    /// <summary>Compares two URNs.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SeatUrn left, SeatUrn right) => !left.Equals(right);
}

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
