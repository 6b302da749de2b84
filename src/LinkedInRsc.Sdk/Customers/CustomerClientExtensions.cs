using LinkedInRsc.RestLi;

namespace LinkedInRsc.Customers;

/// <summary>What the SDK adds to an <see cref="ICustomerClient"/> beyond its capability clients.</summary>
public static class CustomerClientExtensions
{
    /// <summary>
    /// A <see cref="RestLiClient"/> bound to the customer: every request carries the customer's child-application
    /// credentials (no <c>with { Credentials = … }</c>), so LinkedIn authenticates it as the customer. Use it for an
    /// RSC endpoint the SDK does not model yet; keys, batch bodies, query tunneling and error mapping work as in the
    /// capability clients. A request that carries another application's credentials is refused before it is sent.
    /// </summary>
    /// <remarks>
    /// The sync resources are keyed by compound keys of three fields: the ATS's id, <c>dataProvider</c> = <c>ATS</c> and
    /// <c>integrationContext</c> = the customer's organization URN, e.g.
    /// <c>RestLiValue.RecordOf(("atsCandidateId", "C1"), ("dataProvider", "ATS"), ("integrationContext", organization.ToString()))</c>;
    /// <c>atsIntegrations</c> adds <c>integrationType</c> and <c>tenantType</c> = <c>RECRUITER</c>. docs/linkedin-api.md
    /// lists the key of each resource.
    /// </remarks>
    /// <param name="client">A customer-scoped client from <see cref="ICustomerClientFactory.ForCustomerAsync"/>.</param>
    /// <returns>The customer's Rest.li client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="NotSupportedException"><paramref name="client"/> was not created by the SDK (a test double).</exception>
    /// <example>
    /// <code>
    /// RestLiValue key = RestLiValue.RecordOf(("atsCandidateId", "C1"), ("dataProvider", "ATS"), ("integrationContext", acme.Customer.Organization!.Value.ToString()));
    /// RestLiResponse response = await acme.GetRestLiClient().SendAsync(RestLiRequest.BatchGet("atsCandidates", [key]));
    /// </code>
    /// </example>
    public static RestLiClient GetRestLiClient(this ICustomerClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client is CustomerClient sdk
            ? sdk.RestLi
            : throw new NotSupportedException(
                $"GetRestLiClient needs a customer client created by the SDK's ICustomerClientFactory; {client.GetType().Name} is not one.");
    }
}
