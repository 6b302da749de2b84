using LinkedInRsc.Customers;

namespace LinkedInRsc.Sync;

/// <summary>
/// Creates the sync engine of a customer. <c>AddLinkedInRsc</c> registers <see cref="SyncEngineFactory"/> as a
/// singleton; a host's tests can register a fake instead (registered before <c>AddLinkedInRsc</c>, or replacing it).
/// </summary>
public interface ISyncEngineFactory
{
    /// <summary>Creates an engine that syncs through one customer's capability clients.</summary>
    /// <param name="client">The customer-scoped client (from <see cref="ICustomerClientFactory.ForCustomerAsync"/>).</param>
    /// <param name="options">Settings for this engine; the registered <see cref="SyncOptions"/> when <see langword="null"/>.</param>
    /// <param name="prospects">Which records this engine skips as prospect-only; the registered <see cref="IProspectStageProvider"/> when <see langword="null"/>.</param>
    /// <returns>The engine. It shares the factory's quota limiter of the customer's application; nothing to dispose.</returns>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    ISyncEngine Create(ICustomerClient client, SyncOptions? options = null, IProspectStageProvider? prospects = null);
}
