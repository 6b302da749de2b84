using System.Text.Json.Serialization;

namespace LinkedInRsc.Integrations;

/// <summary>
/// An RSC integration type: the unit a customer's LinkedIn admin enables. An extensible enum (<see cref="IExtensibleEnum{TSelf}"/>): a value LinkedIn adds later is kept as it is and
/// never fails a read; values compare ignoring case.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<IntegrationType>))]
public readonly record struct IntegrationType : IExtensibleEnum<IntegrationType>
{
    private readonly string? _value;

    /// <summary>Wraps a wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>ONE_CLICK_EXPORT</c>.</param>
    /// <exception cref="ArgumentException">The value is null or white space.</exception>
    public IntegrationType(string value) => _value = ExtensibleEnumValue.Require(value);

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

    /// <summary>Whether this type's integration context is a contract URN (<c>CSA_API</c>) rather than the organization URN.</summary>
    public bool IsContractScoped => Equals(CsaApi);

    /// <inheritdoc />
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool IsEmpty => _value is null;

    /// <inheritdoc />
    public bool Equals(IntegrationType other) => ExtensibleEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override int GetHashCode() => ExtensibleEnumValue.HashOf(_value);

    /// <summary>The wire value (empty for a <see langword="default"/> value).</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    static IntegrationType IExtensibleEnum<IntegrationType>.Create(string value) => new(value);
}
