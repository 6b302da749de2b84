namespace LinkedInRsc.Customers;

/// <summary>Maps access levels to the features they allow.</summary>
public static class AccessLevels
{
    /// <summary>The features an access level allows.</summary>
    /// <param name="level">The level granted.</param>
    /// <returns>The allowed features.</returns>
    public static Features FeaturesOf(AccessLevel level) => level switch
    {
        AccessLevel.Contract => Features.ContractLevel,
        AccessLevel.Company => Features.CompanyLevel,
        _ => Features.None,
    };

    /// <summary>The lowest access level that allows every feature given.</summary>
    /// <param name="features">The features needed.</param>
    /// <returns>The level required.</returns>
    public static AccessLevel RequiredFor(Features features) =>
        features == Features.None ? AccessLevel.None
        : (features & ~Features.CompanyLevel) != 0 ? AccessLevel.Contract
        : AccessLevel.Company;
}
