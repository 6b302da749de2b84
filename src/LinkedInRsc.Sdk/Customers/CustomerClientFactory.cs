using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Clients;
using LinkedInRsc.Integrations;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Users;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Customers;

/// <summary>Creates customer-scoped clients from the <see cref="ICustomerDirectory"/>.</summary>
internal sealed class CustomerClientFactory(
    RestLiClient restLi,
    ICustomerDirectory directory,
    IHttpClientFactory httpClients,
    IOptions<LinkedInRscOptions> options,
    TimeProvider timeProvider) : ICustomerClientFactory
{
    public async ValueTask<ICustomerClient> ForCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw new ArgumentException("A customer id is required: pass the ATS's own id of the customer.", nameof(customerId));
        }

        Customer customer = await directory.FindAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new CustomerNotFoundException(customerId);
        if (customer.Credentials is null)
        {
            throw new InvalidOperationException(
                $"Customer '{customerId}' has no LinkedIn child-application credentials yet: run the onboarding workflow (or IProvisioningClient.ProvisionAsync) first.");
        }

        return new CustomerClient(customer, this, restLi, directory, timeProvider);
    }

    internal IUserConnectionsClient CreateUsers(ICustomerClient owner) => new UserConnectionsClient(restLi, httpClients, options, owner);
}

/// <summary>The customer-scoped aggregate: every capability client shares the customer's credentials and URNs.</summary>
internal sealed class CustomerClient : ICustomerClient
{
    public CustomerClient(Customer customer, CustomerClientFactory factory, RestLiClient restLi, ICustomerDirectory directory, TimeProvider timeProvider)
    {
        Customer = customer;
        Integrations = new IntegrationsClient(restLi, customer, directory);
        Users = factory.CreateUsers(this);
        Jobs = new JobsClient(restLi, this, timeProvider);
        Candidates = new CandidatesClient(restLi, this);
        Applications = new ApplicationsClient(restLi, this);
        Acls = new AclsClient(restLi, this);
    }

    public Customer Customer { get; }

    public IIntegrationsClient Integrations { get; }

    public IUserConnectionsClient Users { get; }

    public IJobsClient Jobs { get; }

    public ICandidatesClient Candidates { get; }

    public IApplicationsClient Applications { get; }

    public IAclsClient Acls { get; }

    public void EnsureAllowed(Features features)
    {
        Features missing = features & ~Customer.Features;
        if (missing != Features.None)
        {
            throw new FeatureNotEnabledException(Customer.CustomerId, missing, Customer.AccessLevel);
        }
    }
}
