namespace LinkedInRsc.Customers;

/// <summary>
/// Thrown, before any request is sent, when a customer has not come far enough through onboarding for the call: its
/// LinkedIn child application is not provisioned yet (no credentials), or its admin has not connected a LinkedIn
/// organization yet.
/// </summary>
public sealed class CustomerNotOnboardedException : CustomerStateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="message">What is missing and which onboarding step provides it.</param>
    public CustomerNotOnboardedException(string customerId, string message)
        : base(customerId, message)
    {
    }
}
