namespace LinkedInRsc.Customers;

/// <summary>Thrown when a customer id is not in the <see cref="ICustomerDirectory"/>.</summary>
public sealed class CustomerNotFoundException : CustomerStateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The unknown id.</param>
    public CustomerNotFoundException(string customerId)
        : base(customerId, $"Customer '{customerId}' is not in the customer directory: provision it (or save it to the ICustomerDirectory) before using it.")
    {
    }
}
