using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace LinkedInRsc.Customers;

/// <summary>
/// The default <see cref="ICustomerDirectory"/>: customers kept in memory, lost when the process ends. Fine for
/// samples, tests and single-instance hosts; an ATS normally implements the directory over its own database.
/// </summary>
public sealed class InMemoryCustomerDirectory : ICustomerDirectory
{
    private readonly ConcurrentDictionary<string, Customer> _customers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<Customer?> FindAsync(string customerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_customers.TryGetValue(customerId, out Customer? customer) ? customer : null);
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentException.ThrowIfNullOrWhiteSpace(customer.CustomerId, nameof(customer) + "." + nameof(Customer.CustomerId));
        cancellationToken.ThrowIfCancellationRequested();
        _customers[customer.CustomerId] = customer;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Customer> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (Customer customer in _customers.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return customer;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
