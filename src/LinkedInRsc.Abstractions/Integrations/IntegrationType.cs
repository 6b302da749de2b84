namespace LinkedInRsc.Integrations;

/// <summary>
/// An RSC integration type: the unit a customer's LinkedIn admin enables. An extensible enum: values LinkedIn adds
/// later are kept as they are and never fail a read.
/// </summary>
public readonly struct IntegrationType : IEquatable<IntegrationType>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent by LinkedIn.</summary>
    /// <param name="value">The wire value, e.g. <c>ONE_CLICK_EXPORT</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public IntegrationType(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value;
    }

    /// <summary>1-click export from Recruiter into an ATS job (organization URN, company level).</summary>
    public static IntegrationType OneClickExport { get; } = new("ONE_CLICK_EXPORT");

    /// <summary>In-ATS indicator in Recruiter, fed by the ATS → LinkedIn sync (organization URN, company level).</summary>
    public static IntegrationType InAtsIndicator { get; } = new("IN_ATS_INDICATOR");

    /// <summary>The In-ATS profile widget (organization URN, company level).</summary>
    public static IntegrationType ProfilePlugin { get; } = new("PROFILE_PLUGIN");

    /// <summary>Access to Recruiter data: InMail history, notes history, stub profiles, seats (contract URN, contract level).</summary>
    public static IntegrationType CsaApi { get; } = new("CSA_API");

    /// <summary>The four integrations RSC uses: three on the organization, <see cref="CsaApi"/> on each contract.</summary>
    public static IReadOnlyList<IntegrationType> RscTypes { get; } = [OneClickExport, InAtsIndicator, ProfilePlugin, CsaApi];

    /// <summary>The wire value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this type's integration context is a contract URN (<c>CSA_API</c>) rather than the organization URN.</summary>
    public bool IsContractScoped => Equals(CsaApi);

    /// <inheritdoc />
    public bool Equals(IntegrationType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntegrationType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IntegrationType left, IntegrationType right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IntegrationType left, IntegrationType right) => !left.Equals(right);
}
