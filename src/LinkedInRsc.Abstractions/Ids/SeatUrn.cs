using System.Diagnostics.CodeAnalysis;

namespace LinkedInRsc;

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
