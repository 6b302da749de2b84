using System.Runtime.CompilerServices;
using LinkedInRsc.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Testing.Bridge;

/// <summary>
/// The host's <see cref="ICustomerDirectory"/>, completed with the emulator's customers: a customer the directory does
/// not know but the emulator does is copied into it (<see cref="EmulatedCustomer.ToCustomer"/>) on first look-up.
/// </summary>
internal sealed class EmulatorCustomerDirectory(ICustomerDirectory inner, LinkedInRscEmulator emulator) : ICustomerDirectory
{
    /// <summary>Replaces the registered directory with itself wrapping it (the in-memory default if none is registered).</summary>
    public static void Decorate(IServiceCollection services, LinkedInRscEmulator emulator)
    {
        ServiceDescriptor? existing = services.LastOrDefault(d => d.ServiceType == typeof(ICustomerDirectory) && !d.IsKeyedService);
        if (existing is not null)
        {
            services.Remove(existing);
        }

        ServiceLifetime lifetime = existing?.Lifetime ?? ServiceLifetime.Singleton;
        services.Add(ServiceDescriptor.Describe(
            typeof(ICustomerDirectory),
            provider => new EmulatorCustomerDirectory(CreateInner(provider, existing), emulator),
            lifetime));
    }

    public async ValueTask<Customer?> FindAsync(string customerId, CancellationToken cancellationToken = default)
    {
        Customer? known = await inner.FindAsync(customerId, cancellationToken).ConfigureAwait(false);
        if (known is not null || emulator.TryGetCustomer(customerId) is not { } emulated)
        {
            return known;
        }

        Customer customer = emulated.ToCustomer();
        await inner.SaveAsync(customer, cancellationToken).ConfigureAwait(false);
        return customer;
    }

    public ValueTask SaveAsync(Customer customer, CancellationToken cancellationToken = default) => inner.SaveAsync(customer, cancellationToken);

    public async IAsyncEnumerable<Customer> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (Customer customer in inner.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            listed.Add(customer.CustomerId);
            yield return customer;
        }

        foreach (EmulatedCustomer emulated in emulator.Customers)
        {
            if (!listed.Contains(emulated.Id) && await FindAsync(emulated.Id, cancellationToken).ConfigureAwait(false) is { } customer)
            {
                yield return customer;
            }
        }
    }

    private static ICustomerDirectory CreateInner(IServiceProvider provider, ServiceDescriptor? descriptor) => descriptor switch
    {
        null => new InMemoryCustomerDirectory(),
        { ImplementationInstance: ICustomerDirectory instance } => instance,
        { ImplementationFactory: { } factory } => (ICustomerDirectory)factory(provider),
        { ImplementationType: { } type } => (ICustomerDirectory)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The registered ICustomerDirectory cannot be wrapped: register it by type, instance or factory."),
    };
}
