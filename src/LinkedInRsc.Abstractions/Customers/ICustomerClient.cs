using LinkedInRsc.Integrations;

namespace LinkedInRsc.Customers;

/// <summary>
/// Everything the SDK can do for one customer, bound to that customer's child-application token and URNs: a client
/// for customer A cannot send customer B's token or touch B's data. Obtain it from
/// <see cref="ICustomerClientFactory.ForCustomerAsync"/>.
/// </summary>
public interface ICustomerClient
{
    /// <summary>
    /// The customer this client is bound to, as the SDK last knew it: what the <see cref="ICustomerDirectory"/> held when
    /// the client was created, updated at once whenever the SDK records a change for this customer (a status read, an
    /// <c>INTEGRATION_STATUS_CHANGE</c> push, a callback URL) and by <see cref="RefreshAsync"/>. Every client of the
    /// same customer sees the same record.
    /// </summary>
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

    /// <summary>The customer's 1-click exports and purged profiles; needs 1-click export (company level).</summary>
    Exports.IExportedCandidatesClient Exports { get; }

    /// <summary>
    /// Reads the customer from the <see cref="ICustomerDirectory"/> again, for a host whose directory is changed outside
    /// this process (another instance processed the status-change push). Changes the SDK makes itself need no refresh.
    /// </summary>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The customer as the directory holds it now.</returns>
    /// <exception cref="CustomerNotFoundException">The customer was removed from the directory.</exception>
    ValueTask<Customer> RefreshAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The recruiter activity of the customer's contracts: seats, InMail history, prospect notes and InMail stub
    /// profiles (<c>seatsV2</c>, <c>conversationEvents</c>, <c>prospectNotes</c>, <c>mailStubs</c>); needs contract-level access.
    /// </summary>
    RecruiterActivity.IRecruiterActivityClient RecruiterActivity { get; }

    /// <summary>
    /// Throws <see cref="FeatureNotEnabledException"/> unless the customer's granted access level allows the
    /// features given. Every capability client calls it before sending anything.
    /// </summary>
    /// <param name="features">The features needed.</param>
    /// <exception cref="FeatureNotEnabledException">The customer's access level does not allow them.</exception>
    void EnsureAllowed(Features features);
}
