using LinkedInRsc.Authentication;

namespace LinkedInRsc.Customers;

/// <summary>
/// What the SDK needs to know about one of the ATS's customers (tenants): the credentials of its LinkedIn child
/// application, the organization and Recruiter contracts its admin connected, and its callback URL.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the client secret.</remarks>
public sealed record Customer
{
    /// <summary>The ATS's own id of the customer; also the child application's <c>uniqueForeignId</c>.</summary>
    public required string CustomerId { get; init; }

    /// <summary>The child application's credentials, once provisioned.</summary>
    public ClientCredentials? Credentials { get; init; }

    /// <summary>The child application's URN (<c>urn:li:developerApplication:{id}</c>), once provisioned.</summary>
    public string? ApplicationUrn { get; init; }

    /// <summary>The customer's LinkedIn organization, once its admin connected.</summary>
    public OrganizationUrn? Organization { get; init; }

    /// <summary>The Recruiter contracts connected, each with the access level granted on it.</summary>
    public IReadOnlyList<RecruiterContract> Contracts { get; init; } = [];

    /// <summary>The HTTPS address LinkedIn pushes this customer's notifications to (unique per customer).</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>The highest access level granted on any of the customer's contracts.</summary>
    public AccessLevel AccessLevel => Contracts.Count == 0 ? AccessLevel.None : Contracts.Max(c => c.AccessLevel);

    /// <summary>The features the granted access level allows.</summary>
    public Features Features => AccessLevels.FeaturesOf(AccessLevel);
}
