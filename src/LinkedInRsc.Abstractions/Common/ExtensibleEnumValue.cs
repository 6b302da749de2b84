namespace LinkedInRsc;

/// <summary>The rules every <see cref="IExtensibleEnum{TSelf}"/> shares: what a wire value may be, and how values compare.</summary>
internal static class ExtensibleEnumValue
{
    /// <summary>Checks a wire value.</summary>
    public static string Require(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value;
    }

    public static bool AreEqual(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    public static int HashOf(string? value) => value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(value);
}
