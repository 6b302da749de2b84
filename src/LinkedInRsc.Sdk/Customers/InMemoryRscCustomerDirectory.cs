using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace LinkedInRsc.Customers;

/// <summary>
/// The default <see cref="IRscCustomerDirectory"/>: customers kept in memory, lost when the process ends. Fine for
/// samples, tests and single-instance hosts; an ATS normally implements the directory over its own database.
/// </summary>
public sealed class InMemoryRscCustomerDirectory : IRscCustomerDirectory
{
    private readonly ConcurrentDictionary<string, RscCustomer> _customers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<RscCustomer?> FindAsync(string customerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_customers.TryGetValue(customerId, out RscCustomer? customer) ? customer : null);
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(RscCustomer customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentException.ThrowIfNullOrWhiteSpace(customer.CustomerId, nameof(customer) + "." + nameof(RscCustomer.CustomerId));
        cancellationToken.ThrowIfCancellationRequested();
        _customers[customer.CustomerId] = customer;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RscCustomer> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (RscCustomer customer in _customers.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return customer;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
