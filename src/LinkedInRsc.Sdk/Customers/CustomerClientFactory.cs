using LinkedInRsc.Clients;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.RestLi;
using LinkedInRsc.Users;
using LinkedInRsc.Wire;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Customers;

/// <summary>Creates customer-scoped clients from the <see cref="ICustomerDirectory"/>.</summary>
internal sealed class CustomerClientFactory(
    WireMappedRestLiClient restLi,
    CustomerRecords records,
    IHttpClientFactory httpClients,
    IOptions<LinkedInRscOptions> options,
    TimeProvider timeProvider,
    RecruiterActivityQuotas activityQuotas,
    IOptions<RecruiterActivityOptions> activityOptions) : ICustomerClientFactory
{
    public async ValueTask<ICustomerClient> ForCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw new ArgumentException("A customer id is required: pass the ATS's own id of the customer.", nameof(customerId));
        }

        Customer customer = await records.FindAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new CustomerNotFoundException(customerId);
        if (customer.Credentials is null)
        {
            throw new CustomerNotOnboardedException(
                customerId,
                $"Customer '{customerId}' has no LinkedIn child-application credentials yet: run the onboarding workflow (or IProvisioningClient.ProvisionAsync) first.");
        }

        return new CustomerClient(customer, this, restLi, records, timeProvider);
    }

    internal IUserConnectionsClient CreateUsers(ICustomerClient owner) => new UserConnectionsClient(restLi, httpClients, options, owner);

    internal IRecruiterActivityClient CreateRecruiterActivity(ICustomerClient owner) => new RecruiterActivityClient(restLi, owner, activityQuotas, activityOptions);
}
