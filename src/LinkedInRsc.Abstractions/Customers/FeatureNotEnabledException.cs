namespace LinkedInRsc.Customers;

/// <summary>
/// Thrown, before any request is sent, when a feature is used for a customer whose granted access level does not
/// allow it (for example InMail history for a company-level customer).
/// </summary>
public sealed class FeatureNotEnabledException : CustomerStateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="feature">The feature that was called.</param>
    /// <param name="grantedLevel">The access level the customer has.</param>
    public FeatureNotEnabledException(string customerId, Features feature, AccessLevel grantedLevel)
        : base(customerId, $"{feature} needs {AccessLevels.RequiredFor(feature)}-level RSC access, but customer '{customerId}' has {grantedLevel}: " +
               "ask the customer's LinkedIn admin to enable the integration at that level (for contract level: CSA_API on the contract).")
    {
        Feature = feature;
        GrantedLevel = grantedLevel;
    }

    /// <summary>The feature that was called.</summary>
    public Features Feature { get; }

    /// <summary>The level required by <see cref="Feature"/>.</summary>
    public AccessLevel RequiredLevel => AccessLevels.RequiredFor(Feature);

    /// <summary>The level the customer has.</summary>
    public AccessLevel GrantedLevel { get; }
}
