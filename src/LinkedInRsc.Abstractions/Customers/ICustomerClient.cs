using LinkedInRsc.Integrations;

namespace LinkedInRsc.Customers;

/// <summary>
/// Everything the SDK can do for one customer, bound to that customer's child-application token and URNs: a client
/// for customer A cannot send customer B's token or touch B's data. Obtain it from
/// <see cref="ICustomerClientFactory.ForCustomerAsync"/>.
/// </summary>
public interface ICustomerClient
{
    /// <summary>The customer this client is bound to, as the directory knew it when the client was created.</summary>
    Customer Customer { get; }

    /// <summary>The customer's integrations and configurations.</summary>
    IIntegrationsClient Integrations { get; }

    /// <summary>Connecting the customer's ATS users to their LinkedIn accounts and Recruiter seats.</summary>
    Users.IUserConnectionsClient Users { get; }

    /// <summary>The customer's job postings (<c>simpleJobPostings</c>); needs the In-ATS indicator (company level).</summary>
    Jobs.IJobsClient Jobs { get; }

    /// <summary>The customer's candidates and candidate notes (<c>atsCandidates</c>); needs the In-ATS indicator (company level).</summary>
    Candidates.ICandidatesClient Candidates { get; }

    /// <summary>The customer's applications with their stages, notes and interview feedback (<c>atsApplications</c>); needs the In-ATS indicator (company level).</summary>
    Applications.IApplicationsClient Applications { get; }

    /// <summary>The customer's job-posting ACLs and ACL assignees (<c>atsEntityAcls</c>, <c>atsEntityAclAssignees</c>); needs the In-ATS indicator (company level).</summary>
    Acls.IAclsClient Acls { get; }

    /// <summary>
    /// Throws <see cref="FeatureNotEnabledException"/> unless the customer's granted access level allows the
    /// features given. Every capability client calls it before sending anything.
    /// </summary>
    /// <param name="features">The features needed.</param>
    /// <exception cref="FeatureNotEnabledException">The customer's access level does not allow them.</exception>
    void EnsureAllowed(Features features);
}
