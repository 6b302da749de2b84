namespace LinkedInRsc;

/// <summary>
/// The shape every URN value type of the SDK shares (<c>OrganizationUrn</c>, <c>ContractUrn</c>, <c>PersonUrn</c>,
/// <c>SeatUrn</c>): <c>{Prefix}{Id}</c>, validated when created, compared ordinally, and written as its text. A
/// <see langword="default"/> value is no URN: its <see cref="Id"/> throws and its text is empty.
/// </summary>
/// <typeparam name="TSelf">The URN type itself.</typeparam>
/// <remarks>
/// Every implementation is serialized by System.Text.Json as its text (<see cref="UrnJsonConverter{T}"/>); a convention
/// test holds every implementation to this shape.
/// </remarks>
public interface IUrn<TSelf> : IEquatable<TSelf>, IParsable<TSelf>
    where TSelf : struct, IUrn<TSelf>
{
    /// <summary>The text before the id, e.g. <c>urn:li:organization:</c>.</summary>
    static abstract string Prefix { get; }

    /// <summary>Whether the id is a positive decimal number (otherwise: letters, digits, <c>-</c> and <c>_</c>).</summary>
    static abstract bool HasNumericId { get; }

    /// <summary>The id after the prefix.</summary>
    /// <exception cref="InvalidOperationException">The value is <see langword="default"/>, not a parsed or created URN.</exception>
    string Id { get; }

    /// <summary>Creates the URN of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The id breaks the rule of <see cref="HasNumericId"/>.</exception>
    static abstract TSelf FromId(string id);

    /// <summary>Parses <c>{Prefix}{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not such a URN; the message says what was expected.</exception>
    static abstract TSelf Parse(string s);

    /// <summary>Tries to parse <c>{Prefix}{id}</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The URN when the text is valid.</param>
    /// <returns>Whether the text is such a URN.</returns>
    static abstract bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, out TSelf result);
}
