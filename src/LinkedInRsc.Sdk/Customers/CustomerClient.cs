using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Clients;
using LinkedInRsc.Exports;
using LinkedInRsc.Integrations;
using LinkedInRsc.Jobs;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.RestLi;
using LinkedInRsc.Users;

namespace LinkedInRsc.Customers;

/// <summary>The customer-scoped aggregate: every capability client shares the customer's credentials and URNs.</summary>
internal sealed class CustomerClient : ICustomerClient
{
    private readonly Customer _created;
    private readonly CustomerRecords _records;

    public CustomerClient(Customer customer, CustomerClientFactory factory, RestLiClient restLi, CustomerRecords records, TimeProvider timeProvider)
    {
        _created = customer;
        _records = records;
        RestLi = new CustomerRestLiClient(restLi, this);
        Integrations = new IntegrationsClient(restLi, this, records);
        Users = factory.CreateUsers(this);
        Jobs = new JobsClient(restLi, this, timeProvider);
        Candidates = new CandidatesClient(restLi, this);
        Applications = new ApplicationsClient(restLi, this);
        Acls = new AclsClient(restLi, this);
        Exports = new ExportedCandidatesClient(restLi, this);
        RecruiterActivity = factory.CreateRecruiterActivity(this);
    }

    // One record per customer for every client of it: a change the SDK recorded is seen at once.
    public Customer Customer => _records.Latest(_created);

    /// <summary>The SDK's Rest.li client with this customer's credentials on every request.</summary>
    public RestLiClient RestLi { get; }

    public IIntegrationsClient Integrations { get; }

    public IUserConnectionsClient Users { get; }

    public IJobsClient Jobs { get; }

    public ICandidatesClient Candidates { get; }

    public IApplicationsClient Applications { get; }

    public IAclsClient Acls { get; }

    public IExportedCandidatesClient Exports { get; }

    public IRecruiterActivityClient RecruiterActivity { get; }

    public async ValueTask<Customer> RefreshAsync(CancellationToken cancellationToken = default) =>
        await _records.FindAsync(_created.CustomerId, cancellationToken).ConfigureAwait(false)
        ?? throw new CustomerNotFoundException(_created.CustomerId);

    public void EnsureAllowed(Features features)
    {
        Customer customer = Customer;
        Features missing = features & ~customer.Features;
        if (missing != Features.None)
        {
            throw new FeatureNotEnabledException(customer.CustomerId, missing, customer.AccessLevel);
        }
    }
}
