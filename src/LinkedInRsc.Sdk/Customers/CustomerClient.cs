using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Clients;
using LinkedInRsc.Integrations;
using LinkedInRsc.Jobs;
using LinkedInRsc.RestLi;
using LinkedInRsc.Users;

namespace LinkedInRsc.Customers;

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
