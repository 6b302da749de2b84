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
