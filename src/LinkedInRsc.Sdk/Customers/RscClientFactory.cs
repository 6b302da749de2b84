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

/// <summary>Creates customer-scoped clients from the <see cref="IRscCustomerDirectory"/>.</summary>
internal sealed class RscClientFactory(
    RestLiClient restLi,
    IRscCustomerDirectory directory,
    IHttpClientFactory httpClients,
    IOptions<LinkedInRscOptions> options,
    TimeProvider timeProvider) : IRscClientFactory
{
    public async ValueTask<IRscCustomerClient> ForCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw new ArgumentException("A customer id is required: pass the ATS's own id of the customer.", nameof(customerId));
        }

        RscCustomer customer = await directory.FindAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new RscCustomerNotFoundException(customerId);
        if (customer.Credentials is null)
        {
            throw new InvalidOperationException(
                $"Customer '{customerId}' has no LinkedIn child-application credentials yet: run the onboarding workflow (or IRscProvisioningClient.ProvisionAsync) first.");
        }

        return new RscCustomerClient(customer, this, restLi, directory, timeProvider);
    }

    internal IRscUserConnectionsClient CreateUsers(IRscCustomerClient owner) => new RscUserConnectionsClient(restLi, httpClients, options, owner);
}

/// <summary>The customer-scoped aggregate: every capability client shares the customer's credentials and URNs.</summary>
internal sealed class RscCustomerClient : IRscCustomerClient
{
    public RscCustomerClient(RscCustomer customer, RscClientFactory factory, RestLiClient restLi, IRscCustomerDirectory directory, TimeProvider timeProvider)
    {
        Customer = customer;
        Integrations = new RscIntegrationsClient(restLi, customer, directory);
        Users = factory.CreateUsers(this);
        Jobs = new RscJobsClient(restLi, this, timeProvider);
        Candidates = new RscCandidatesClient(restLi, this);
        Applications = new RscApplicationsClient(restLi, this);
        Acls = new RscAclsClient(restLi, this);
    }

    public RscCustomer Customer { get; }

    public IRscIntegrationsClient Integrations { get; }

    public IRscUserConnectionsClient Users { get; }

    public IRscJobsClient Jobs { get; }

    public IRscCandidatesClient Candidates { get; }

    public IRscApplicationsClient Applications { get; }

    public IRscAclsClient Acls { get; }

    public void EnsureAllowed(RscFeatures features)
    {
        RscFeatures missing = features & ~Customer.Features;
        if (missing != RscFeatures.None)
        {
            throw new RscFeatureNotEnabledException(Customer.CustomerId, missing, Customer.AccessLevel);
        }
    }
}
