namespace LinkedInRsc;

/// <summary>
/// The shape every extensible enum of the SDK shares (<c>IntegrationType</c>, <c>JobPostingState</c>, …): a
/// <see langword="readonly"/> value type that wraps LinkedIn's wire value, with the well-known values as static
/// properties. A value LinkedIn adds later is kept as it is and never fails a read. Values compare ordinally ignoring
/// case; <see cref="Value"/> keeps the text as received. A <see langword="default"/> value wraps nothing
/// (<see cref="IsEmpty"/>) and is what an unset property holds.
/// </summary>
/// <typeparam name="TSelf">The extensible enum itself.</typeparam>
/// <remarks>
/// Every implementation is serialized by System.Text.Json as its wire value (<see cref="ExtensibleEnumJsonConverter{T}"/>);
/// a convention test holds every implementation to this shape.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "'Extensible enum' is the established name of the pattern (Azure SDK, OpenAI .NET).")]
public interface IExtensibleEnum<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    string Value { get; }

    /// <summary>Whether this is a <see langword="default"/> value that wraps nothing.</summary>
    bool IsEmpty { get; }

    /// <summary>Wraps a wire value, as the type's constructor does.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    static abstract TSelf Create(string value);
}
