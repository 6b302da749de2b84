using System.Net;
using System.Net.Http.Headers;
using LinkedInRsc.Http;
using LinkedInRsc.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Authentication;

/// <summary>
/// Adds <c>Authorization: Bearer …</c> to every request of the SDK's named client. The credentials come from the
/// request's <see cref="RequestOptionKeys.Credentials"/> option, else from the default credentials of
/// <see cref="LinkedInRscOptions"/>. On HTTP 401 the token is invalidated, a new one fetched and the request sent
/// once more; a second 401 is returned to the caller.
/// </summary>
/// <remarks>
/// Sits inside the resilience handler, so every retry attempt asks for a token that is valid at that moment. The
/// request content must be re-readable (byte-array or string content), as the resilience retries also require.
/// </remarks>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly IAccessTokenProvider _tokenProvider;
    private readonly IOptionsMonitor<LinkedInRscOptions> _options;
    private readonly ILogger _logger;

    public BearerTokenHandler(
        IAccessTokenProvider tokenProvider,
        IOptionsMonitor<LinkedInRscOptions> options,
        ILogger<BearerTokenHandler>? logger = null)
    {
        _tokenProvider = tokenProvider;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientCredentials credentials = ResolveCredentials(request);

        AccessToken token = await _tokenProvider.GetTokenAsync(credentials, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // LinkedIn revoked or expired the token before our cache did (e.g. a secret rotation): one fresh attempt.
        Log.UnauthorizedRetrying(_logger, request.Method.Method, credentials.ClientId);
        response.Dispose();
        await _tokenProvider.InvalidateAsync(credentials, token, cancellationToken).ConfigureAwait(false);
        token = await _tokenProvider.GetTokenAsync(credentials, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            Log.UnauthorizedAfterRefresh(_logger, response.StatusCode, request.Method.Method, credentials.ClientId);
        }

        return response;
    }

    private ClientCredentials ResolveCredentials(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(RequestOptionKeys.Credentials, out ClientCredentials? perRequest) && perRequest is not null)
        {
            return perRequest;
        }

        return _options.CurrentValue.DefaultCredentials
            ?? throw new InvalidOperationException(
                "No LinkedIn credentials for this request: set LinkedInRsc:ClientId and LinkedInRsc:ClientSecret for a default application, " +
                "or pass the customer's credentials with the request (HttpRequestMessage.Options, key RequestOptionKeys.Credentials). No request was sent.");
    }
}
