namespace LinkedInRsc.Customers;

/// <summary>
/// The host's store of customers (tenants). The ATS implements it over its own database; the SDK ships an in-memory
/// default for samples and tests. Implementations must be safe for concurrent use.
/// </summary>
public interface ICustomerDirectory
{
    /// <summary>Finds a customer by the ATS's id.</summary>
    /// <param name="customerId">The ATS's customer id.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The customer, or <see langword="null"/> when the id is unknown.</returns>
    ValueTask<Customer?> FindAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a customer (keyed by <see cref="Customer.CustomerId"/>).</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the customer is stored.</returns>
    ValueTask SaveAsync(Customer customer, CancellationToken cancellationToken = default);

    /// <summary>Lists every customer (used to keep callback URLs unique and to route pushes).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The customers.</returns>
    IAsyncEnumerable<Customer> ListAsync(CancellationToken cancellationToken = default);
}
