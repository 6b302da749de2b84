namespace LinkedInRsc.Customers;

/// <summary>
/// The SDK refused a call, before sending anything to LinkedIn, because of what it knows of the customer: the customer
/// is not in the <see cref="ICustomerDirectory"/> (<see cref="CustomerNotFoundException"/>), has not finished
/// onboarding (<see cref="CustomerNotOnboardedException"/>), or was not granted the feature at its access level
/// (<see cref="FeatureNotEnabledException"/>).
/// </summary>
/// <remarks>
/// A host catches this type to send the customer (or its admin) back to onboarding. It derives from
/// <see cref="Exception"/> on purpose: it is neither a failed call to LinkedIn (<see cref="LinkedInRscException"/>),
/// nor a missing dictionary key or a misused object (the BCL's <see cref="KeyNotFoundException"/> and
/// <see cref="InvalidOperationException"/>, which generic handlers catch for other reasons). Bad arguments are
/// <see cref="ArgumentException"/>s.
/// </remarks>
public abstract class CustomerStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer the call was for.</param>
    /// <param name="message">What is missing and how to get it, safe to log.</param>
    protected CustomerStateException(string customerId, string message)
        : base(message)
    {
        CustomerId = customerId;
    }

    /// <summary>The customer the call was for.</summary>
    public string CustomerId { get; }
}
