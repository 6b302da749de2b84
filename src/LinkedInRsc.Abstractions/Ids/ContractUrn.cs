using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace LinkedInRsc;

/// <summary>
/// A LinkedIn Recruiter contract URN, <c>urn:li:contract:{id}</c>: the integration context of the contract-level
/// <c>CSA_API</c> integration (InMail history, notes history, stub profiles, seats).
/// </summary>
/// <remarks>One of the URN types that share the <see cref="IUrn{TSelf}"/> shape.</remarks>
[JsonConverter(typeof(UrnJsonConverter<ContractUrn>))]
public readonly record struct ContractUrn : IUrn<ContractUrn>
{
    private readonly string? _id;

    private ContractUrn(string id) => _id = id;

    /// <summary><c>urn:li:contract:</c>.</summary>
    public static string Prefix => "urn:li:contract:";

    /// <summary>Whether the id is a positive decimal number: it is.</summary>
    public static bool HasNumericId => true;

    /// <inheritdoc />
    public string Id => _id ?? throw UrnParser.Uninitialized<ContractUrn>();

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The numeric contract id, e.g. <c>"987654"</c>.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not a positive decimal number of at most 64 characters.</exception>
    public static ContractUrn FromId(string id) => new(UrnParser.RequireId<ContractUrn>(id));

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The numeric id.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id is not positive.</exception>
    public static ContractUrn FromId(long id) => FromId(UrnParser.Format(id));

    /// <summary>Parses <c>urn:li:contract:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not such a URN; the message says what was expected.</exception>
    public static ContractUrn Parse(string s) => new(UrnParser.IdOf<ContractUrn>(s));

    /// <summary>Tries to parse <c>urn:li:contract:{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is such a URN.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ContractUrn result) => UrnParser.TryParse(s, out result);

    /// <inheritdoc />
    static ContractUrn IParsable<ContractUrn>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<ContractUrn>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ContractUrn result) => TryParse(s, out result);

    /// <summary>The URN text, <c>urn:li:contract:{id}</c> (empty for a <see langword="default"/> value).</summary>
    /// <returns>The URN text.</returns>
    public override string ToString() => _id is null ? string.Empty : Prefix + _id;
}
