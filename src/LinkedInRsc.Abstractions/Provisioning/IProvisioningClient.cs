namespace LinkedInRsc.Provisioning;

/// <summary>
/// The partner (parent application) side of provisioning: one LinkedIn child application per customer. Reached with
/// the partner credentials (<c>LinkedInRscOptions.ClientId</c>/<c>ClientSecret</c>).
/// </summary>
public interface IProvisioningClient
{
    /// <summary>
    /// Creates the customer's child application, or reads it back when it already exists (re-provisioning is
    /// idempotent). The request is validated before anything is sent.
    /// </summary>
    /// <param name="request">What to provision.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application with its credentials.</returns>
    /// <exception cref="ArgumentException">The request breaks a rule (name length, "LinkedIn" in the name, a domain with a path or trailing slash, a non-https callback).</exception>
    /// <exception cref="LinkedInRscException">LinkedIn refused the call.</exception>
    Task<ProvisionedApplication> ProvisionAsync(ProvisionCustomerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's child application by the ATS customer id.</summary>
    /// <param name="customerId">The ATS's customer id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application, or <see langword="null"/> when none was provisioned.</returns>
    Task<ProvisionedApplication?> GetAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the JavaScript SDK domains of a child application.</summary>
    /// <param name="applicationUrn">The child application's URN.</param>
    /// <param name="domains">Origins such as <c>https://acme.ats.example</c> (no path, no trailing slash).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when LinkedIn accepted the change.</returns>
    Task UpdateJsSdkDomainsAsync(string applicationUrn, IReadOnlyList<string> domains, CancellationToken cancellationToken = default);

    /// <summary>Replaces the OAuth redirect addresses of a child application.</summary>
    /// <param name="applicationUrn">The child application's URN.</param>
    /// <param name="callbackUrls">Absolute https addresses.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when LinkedIn accepted the change.</returns>
    Task UpdateOAuthCallbackUrlsAsync(string applicationUrn, IReadOnlyList<Uri> callbackUrls, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rotates the client secret of a customer's child application (LinkedIn's <c>rollDeveloperApplicationSecret</c>,
    /// called with the partner credentials) and saves it in the <see cref="Customers.ICustomerDirectory"/>: the new secret
    /// becomes <see cref="Customers.Customer.Credentials"/>, the old one <see cref="Customers.Customer.PreviousCredentials"/>, so
    /// the push processor accepts pushes signed with either while LinkedIn keeps both active.
    /// </summary>
    /// <param name="customerId">The ATS's customer id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer record as saved, with the new credentials.</returns>
    /// <exception cref="Customers.CustomerNotFoundException">The customer is not in the directory.</exception>
    /// <exception cref="Customers.CustomerNotOnboardedException">The customer has no provisioned application (credentials and URN) yet.</exception>
    /// <exception cref="LinkedInRscException">LinkedIn refused the rotation (e.g. the application has two active secrets already: delete one first).</exception>
    Task<Customers.Customer> RollSecretAsync(string customerId, CancellationToken cancellationToken = default);
}
