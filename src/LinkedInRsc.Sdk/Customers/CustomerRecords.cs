using System.Collections.Concurrent;

namespace LinkedInRsc.Customers;

/// <summary>
/// The one way the SDK reads and writes customers: through the host's <see cref="ICustomerDirectory"/> (the source of
/// truth), keeping the latest record of each customer so that every <see cref="ICustomerClient"/> of that customer sees
/// a change the SDK recorded (a status read, a status-change push) at once, without being created again.
/// </summary>
internal sealed class CustomerRecords(ICustomerDirectory directory)
{
    private readonly ConcurrentDictionary<string, Customer> _latest = new(StringComparer.Ordinal);

    public ICustomerDirectory Directory { get; } = directory;

    /// <summary>The latest record the SDK saw of a customer, or <paramref name="fallback"/>.</summary>
    public Customer Latest(Customer fallback) => _latest.TryGetValue(fallback.CustomerId, out Customer? latest) ? latest : fallback;

    /// <summary>Reads a customer from the directory and remembers it.</summary>
    public async ValueTask<Customer?> FindAsync(string customerId, CancellationToken cancellationToken)
    {
        Customer? customer = await Directory.FindAsync(customerId, cancellationToken).ConfigureAwait(false);
        if (customer is not null)
        {
            _latest[customerId] = customer;
        }

        return customer;
    }

    /// <summary>Reads the customer, applies a change, saves it to the directory and remembers it.</summary>
    public async ValueTask<Customer> UpdateAsync(Customer known, Func<Customer, Customer> change, CancellationToken cancellationToken)
    {
        Customer latest = await FindAsync(known.CustomerId, cancellationToken).ConfigureAwait(false) ?? known;
        Customer updated = change(latest);
        await Directory.SaveAsync(updated, cancellationToken).ConfigureAwait(false);
        _latest[updated.CustomerId] = updated;
        return updated;
    }
}
