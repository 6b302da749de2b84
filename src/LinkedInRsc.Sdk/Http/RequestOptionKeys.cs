using LinkedInRsc.Authentication;

namespace LinkedInRsc.Http;

/// <summary>
/// Keys of <see cref="HttpRequestMessage.Options"/> the SDK's HTTP pipeline reads. A request that carries
/// <see cref="Credentials"/> is authenticated with a token of those credentials (one customer's child application,
/// or the partner application); without it, the default credentials of <c>LinkedInRscOptions</c> are used.
/// </summary>
public static class RequestOptionKeys
{
    /// <summary>The application credentials whose token authenticates this request.</summary>
    public static readonly HttpRequestOptionsKey<ClientCredentials> Credentials = new("LinkedInRsc.Credentials");
}
