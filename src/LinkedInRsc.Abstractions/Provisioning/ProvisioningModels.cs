using LinkedInRsc.Authentication;

namespace LinkedInRsc.Provisioning;

/// <summary>What to provision for one customer: a LinkedIn child application.</summary>
public sealed record ProvisionCustomerRequest
{
    /// <summary>The ATS's customer id; sent as the child application's <c>uniqueForeignId</c> (unique per partner).</summary>
    public required string CustomerId { get; init; }

    /// <summary>
    /// The application name shown on LinkedIn's consent screens: at most 50 characters, must not contain "LinkedIn";
    /// LinkedIn's suggested format is "{ATS name} - {customer name}".
    /// </summary>
    public required string Name { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Origins allowed to host the LinkedIn widgets for this customer, e.g. <c>https://acme.ats.example</c> (no path, no trailing slash).</summary>
    public IReadOnlyList<string> JsSdkDomains { get; init; } = [];

    /// <summary>Redirect addresses allowed for ATS users' 3-legged OAuth (absolute https).</summary>
    public IReadOnlyList<Uri> OAuthCallbackUrls { get; init; } = [];
}

/// <summary>A provisioned child application, as LinkedIn returns it.</summary>
/// <remarks><see cref="ToString"/> never shows the client secret.</remarks>
public sealed record ProvisionedApplication
{
    /// <summary>The ATS's customer id (<c>uniqueForeignId</c>).</summary>
    public required string CustomerId { get; init; }

    /// <summary>The application's URN (<c>urn:li:developerApplication:{id}</c>), used to update it.</summary>
    public required string ApplicationUrn { get; init; }

    /// <summary>The application's credentials: the key of every call made for this customer.</summary>
    public required ClientCredentials Credentials { get; init; }

    /// <summary>The application name.</summary>
    public string? Name { get; init; }

    /// <summary>The JavaScript SDK domains registered.</summary>
    public IReadOnlyList<string> JsSdkDomains { get; init; } = [];

    /// <summary>The OAuth redirect addresses registered.</summary>
    public IReadOnlyList<string> OAuthCallbackUrls { get; init; } = [];
}

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
}
