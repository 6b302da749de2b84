using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using LinkedInRsc.Logging;
using LinkedInRsc.Serialization;
using LinkedInRsc.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Authentication;

/// <summary>
/// The default <see cref="IAccessTokenProvider"/>: LinkedIn's OAuth 2.0 client-credentials flow, with one
/// in-memory token per credentials, replaced <see cref="LinkedInRscOptions.TokenRefreshSkew"/> before it expires.
/// When many callers need a token for the same credentials at once, exactly one token request is sent and all of
/// them receive its result. A failed request is not cached: the next caller tries again.
/// </summary>
internal sealed class ClientCredentialsTokenProvider : IAccessTokenProvider
{
    private readonly ConcurrentDictionary<ClientCredentials, Entry> _entries = new();
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<LinkedInRscOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public ClientCredentialsTokenProvider(
        IHttpClientFactory httpClientFactory,
        IOptionsMonitor<LinkedInRscOptions> options,
        TimeProvider timeProvider,
        ILogger<ClientCredentialsTokenProvider>? logger = null)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        _timeProvider = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task<AccessToken> GetTokenAsync(ClientCredentials credentials, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        Entry entry = _entries.GetOrAdd(credentials, static _ => new Entry());

        TaskCompletionSource<AccessToken>? owner = null;
        Task<AccessToken> pending;
        string reason = string.Empty;
        lock (entry)
        {
            if (entry.Token is { } cached && !cached.NeedsRefresh(_timeProvider.GetUtcNow()))
            {
                return Task.FromResult(cached);
            }

            if (entry.Pending is null)
            {
                owner = new TaskCompletionSource<AccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                entry.Pending = owner.Task;
                reason = entry.Token is not null ? "expiring" : entry.Invalidated ? "rejected" : "first";
            }

            pending = entry.Pending;
        }

        if (owner is not null)
        {
            // Not tied to this caller's cancellation: other callers share the result.
            _ = FetchIntoAsync(entry, credentials, owner, reason);
        }

        return pending.WaitAsync(cancellationToken);
    }

    public Task InvalidateAsync(ClientCredentials credentials, AccessToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(token);
        if (_entries.TryGetValue(credentials, out Entry? entry))
        {
            bool removed = false;
            lock (entry)
            {
                if (entry.Token is { } cached && string.Equals(cached.Value, token.Value, StringComparison.Ordinal))
                {
                    entry.Token = null;
                    entry.Invalidated = true;
                    removed = true;
                }
            }

            if (removed)
            {
                Log.TokenInvalidated(_logger, credentials.ClientId);
            }
        }

        return Task.CompletedTask;
    }

    private async Task FetchIntoAsync(Entry entry, ClientCredentials credentials, TaskCompletionSource<AccessToken> owner, string reason)
    {
        try
        {
            AccessToken token = await RequestTokenAsync(credentials).ConfigureAwait(false);
            lock (entry)
            {
                entry.Token = token;
                entry.Invalidated = false;
                entry.Pending = null;
            }

            TokenTelemetry.Requested(reason, null);
            owner.SetResult(token);
        }
#pragma warning disable CA1031 // Every failure is handed to the waiting callers.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            lock (entry)
            {
                entry.Pending = null; // do not cache failures: the next caller tries again
            }

            TokenTelemetry.Requested(reason, ex);
            owner.SetException(ex);
        }
    }

    private async Task<AccessToken> RequestTokenAsync(ClientCredentials credentials)
    {
        LinkedInRscOptions options = _options.CurrentValue;
        Uri endpoint = options.TokenEndpoint;
        Log.TokenRequesting(_logger, credentials.ClientId, endpoint.AbsoluteUri);

        using var content = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", credentials.ClientId),
            new("client_secret", credentials.ClientSecret),
        ]);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.Accept.ParseAdd("application/json");

        HttpClient client = _httpClientFactory.CreateClient(LinkedInRscDefaults.TokenHttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            Log.TokenEndpointUnreachable(_logger, ex, credentials.ClientId, endpoint.AbsoluteUri);
            throw new AuthenticationFailedException(
                $"The LinkedIn token endpoint {endpoint.GetLeftPart(UriPartial.Path)} could not be reached to get a token for client id '{credentials.ClientId}' ({(ex is HttpRequestException ? "connection failed" : "timed out")}). Check network access and LinkedInRsc:TokenEndpoint; the next call tries again.",
                ex)
            {
                ClientId = credentials.ClientId,
                HttpMethod = "POST",
                RequestUri = endpoint,
                IsTransient = true,
            };
        }

        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
            if (response.IsSuccessStatusCode && TryParseToken(body, out string? accessToken, out long expiresIn))
            {
                DateTimeOffset now = _timeProvider.GetUtcNow();
                TimeSpan lifetime = TimeSpan.FromSeconds(expiresIn);
                TimeSpan skew = options.TokenRefreshSkew;
                if (skew > lifetime / 2)
                {
                    skew = lifetime / 2; // short-lived token: use it for half its life rather than never
                }

                var token = new AccessToken(accessToken, now + lifetime, now + lifetime - skew);
                Log.TokenAcquired(_logger, credentials.ClientId, token.ExpiresAt, token.RefreshAt);
                return token;
            }

            (string? error, string? description) = TryParseError(body);
            description = Redact(description, credentials.ClientSecret);
            error = Redact(error, credentials.ClientSecret);
            int status = (int)response.StatusCode;
            Log.TokenRequestRefused(_logger, credentials.ClientId, status, error);

            string reason = response.IsSuccessStatusCode
                ? "the response carried no usable access_token/expires_in"
                : error is null
                    ? $"HTTP {status} {response.ReasonPhrase}"
                    : $"HTTP {status}, {error}{(description is null ? string.Empty : ": " + description)}";
            string hint = error switch
            {
                "invalid_client" => " Check the client id and secret (LinkedInRsc:ClientId/ClientSecret, or the customer's provisioned credentials).",
                "access_denied" or "unauthorized_client" => " The application is not allowed to use the client-credentials flow; ask LinkedIn to enable it for this application.",
                _ => string.Empty,
            };
            throw new AuthenticationFailedException(
                $"LinkedIn did not issue an access token for client id '{credentials.ClientId}': {reason}.{hint}")
            {
                ClientId = credentials.ClientId,
                StatusCode = response.StatusCode,
                ErrorCode = error,
                ServiceMessage = description,
                RequestId = GetRequestId(response),
                HttpMethod = "POST",
                RequestUri = endpoint,
                IsTransient = status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests,
            };
        }
    }

    private static bool TryParseToken(string body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? accessToken, out long expiresIn)
    {
        accessToken = null;
        expiresIn = 0;
        OAuthTokenResponse? response = Deserialize(body, SdkJsonContext.Default.OAuthTokenResponse);
        if (string.IsNullOrWhiteSpace(response?.AccessToken) || response.ExpiresIn is not > 0)
        {
            return false;
        }

        accessToken = response.AccessToken;
        expiresIn = response.ExpiresIn.Value;
        return true;
    }

    private static (string? Error, string? Description) TryParseError(string body) =>
        Deserialize(body, SdkJsonContext.Default.OAuthErrorResponse) is { } error ? (error.Error, error.ErrorDescription) : (null, null);

    /// <summary>The body as <typeparamref name="T"/>, or null when it is not JSON of that shape (an HTML error page, a number where a string belongs).</summary>
    private static T? Deserialize<T>(string body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Redact(string? text, string secret) =>
        text is null ? null : text.Replace(secret, "***", StringComparison.Ordinal);

    private static string? GetRequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-li-request-id", out IEnumerable<string>? values) ? values.FirstOrDefault() : null;


    private sealed class Entry
    {
        public AccessToken? Token { get; set; }

        public Task<AccessToken>? Pending { get; set; }

        /// <summary>Whether the last token was discarded because LinkedIn rejected it (a 401), for telemetry.</summary>
        public bool Invalidated { get; set; }
    }
}
