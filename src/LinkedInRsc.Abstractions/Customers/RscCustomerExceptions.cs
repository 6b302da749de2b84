namespace LinkedInRsc.Customers;

/// <summary>Thrown when a customer id is not in the <see cref="IRscCustomerDirectory"/>.</summary>
public sealed class RscCustomerNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The unknown id.</param>
    public RscCustomerNotFoundException(string customerId)
        : base($"Customer '{customerId}' is not in the customer directory: provision it (or save it to the IRscCustomerDirectory) before using it.")
    {
        CustomerId = customerId;
    }

    /// <summary>The unknown customer id.</summary>
    public string CustomerId { get; }
}

/// <summary>
/// Thrown, before any request is sent, when a feature is used for a customer whose granted access level does not
/// allow it (for example InMail history for a company-level customer).
/// </summary>
public sealed class RscFeatureNotEnabledException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="feature">The feature that was called.</param>
    /// <param name="grantedLevel">The access level the customer has.</param>
    public RscFeatureNotEnabledException(string customerId, RscFeatures feature, RscAccessLevel grantedLevel)
        : base($"{feature} needs {RscAccessLevels.RequiredFor(feature)}-level RSC access, but customer '{customerId}' has {grantedLevel}: " +
               "ask the customer's LinkedIn admin to enable the integration at that level (for contract level: CSA_API on the contract).")
    {
        CustomerId = customerId;
        Feature = feature;
        GrantedLevel = grantedLevel;
    }

    /// <summary>The customer.</summary>
    public string CustomerId { get; }

    /// <summary>The feature that was called.</summary>
    public RscFeatures Feature { get; }

    /// <summary>The level required by <see cref="Feature"/>.</summary>
    public RscAccessLevel RequiredLevel => RscAccessLevels.RequiredFor(Feature);

    /// <summary>The level the customer has.</summary>
    public RscAccessLevel GrantedLevel { get; }
}
