namespace LinkedInRsc.Customers;

/// <summary>Creates customer-scoped clients.</summary>
public interface ICustomerClientFactory
{
    /// <summary>Returns the client bound to one customer.</summary>
    /// <param name="customerId">The ATS's customer id.</param>
    /// <param name="cancellationToken">Cancels the directory look-up.</param>
    /// <returns>The customer-scoped client.</returns>
    /// <exception cref="CustomerNotFoundException">The customer is not in the directory.</exception>
    /// <exception cref="CustomerNotOnboardedException">The customer has no child-application credentials yet (provision it first).</exception>
    ValueTask<ICustomerClient> ForCustomerAsync(string customerId, CancellationToken cancellationToken = default);
}
