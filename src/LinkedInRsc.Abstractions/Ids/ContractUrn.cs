using System.Diagnostics.CodeAnalysis;

namespace LinkedInRsc;

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
