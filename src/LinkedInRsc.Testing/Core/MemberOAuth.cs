using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The member (3-legged) side of LinkedIn OAuth, enough for an ATS user to connect their account:
/// <c>GET /oauth/v2/authorization</c> (the signed-in member consents at once and is redirected with a code),
/// <c>grant_type=authorization_code</c> on the token endpoint, and <c>GET /v2/me</c> with the member token.
/// </summary>
internal sealed class MemberOAuth
{
    public const string AuthorizationPath = "/oauth/v2/authorization";
    public const string MePath = "/v2/me";
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MemberTokenLifetime = TimeSpan.FromDays(60);

    private readonly EmulatorServices _services;
    private readonly object _gate = new();
    private readonly Dictionary<string, (string ClientId, string RedirectUri, string PersonUrn, DateTimeOffset ExpiresAt)> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string PersonUrn, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private string? _signedInMember;

    public MemberOAuth(EmulatorServices services) => _services = services;

    /// <summary>The member whose browser session the emulator pretends to see on the authorization page.</summary>
    public void SignIn(string personUrn)
    {
        if (!PersonUrn.TryParse(personUrn, out _))
        {
            throw new ArgumentException($"'{personUrn}' is not a person URN (urn:li:person:{{id}}).", nameof(personUrn));
        }

        lock (_gate)
        {
            _signedInMember = personUrn;
        }
    }

    /// <summary>The member consents: validates the client and redirect address and issues a single-use code.</summary>
    public Uri Authorize(string? clientId, string? redirectUri, string? state, string personUrn)
    {
        if (string.IsNullOrEmpty(clientId))
        {
            throw LinkedInError.BadRequest("A required parameter \"client_id\" is missing").AsException();
        }

        lock (_services.State.Sync)
        {
            if (!_services.State.ApplicationsByClientId.TryGetValue(clientId, out EmulatedApplication? application) || application.Customer is null)
            {
                throw LinkedInError.BadRequest($"Unknown client_id '{clientId}': only customer (child) applications take part in 3-legged OAuth here.").AsException();
            }

            if (string.IsNullOrEmpty(redirectUri) || !application.Customer.OAuth2AuthorizedCallbackUrls.Contains(redirectUri, StringComparer.Ordinal))
            {
                throw LinkedInError.BadRequest("The redirect_uri does not match the registered value: add it to the application's oauth2AuthorizedCallbackUrls.").AsException();
            }
        }

        string code = "AQT" + EmulatorState.NewOpaque(24);
        lock (_gate)
        {
            _codes[code] = (clientId, redirectUri, personUrn, _services.Time.GetUtcNow() + CodeLifetime);
        }

        string query = "code=" + Uri.EscapeDataString(code) + (state is null ? string.Empty : "&state=" + Uri.EscapeDataString(state));
        return new UriBuilder(redirectUri) { Query = query }.Uri;
    }

    /// <summary><c>GET /oauth/v2/authorization</c>: redirects the signed-in member back with a code.</summary>
    public EmulatorResponse HandleAuthorization(EmulatorRequest request)
    {
        Dictionary<string, string> query = OAuthEndpoint.ParseForm(request.Query);
        if (!query.TryGetValue("response_type", out string? responseType) || responseType != "code")
        {
            return OAuthEndpoint.Error(400, "invalid_request", "response_type must be 'code'.");
        }

        string? member;
        lock (_gate)
        {
            member = _signedInMember;
        }

        if (member is null)
        {
            return OAuthEndpoint.Error(401, "login_required", "No member is signed in to the emulator: call LinkedInRscEmulator.SignInMember(personUrn) first.");
        }

        try
        {
            Uri location = Authorize(query.GetValueOrDefault("client_id"), query.GetValueOrDefault("redirect_uri"), query.GetValueOrDefault("state"), member);
            return EmulatorResponse.Raw(302, string.Empty, "text/plain").WithHeader("Location", location.AbsoluteUri);
        }
        catch (LinkedInErrorException ex)
        {
            return OAuthEndpoint.Error(400, "invalid_request", ex.Error.Message);
        }
    }

    /// <summary><c>grant_type=authorization_code</c>: exchanges a code for a member token (client authenticated by secret).</summary>
    public EmulatorResponse ExchangeCode(Dictionary<string, string> form)
    {
        string? clientId = form.GetValueOrDefault("client_id");
        string? clientSecret = form.GetValueOrDefault("client_secret");
        lock (_services.State.Sync)
        {
            if (clientId is null || clientSecret is null
                || !_services.State.ApplicationsByClientId.TryGetValue(clientId, out EmulatedApplication? application)
                || !application.Accepts(clientSecret))
            {
                return OAuthEndpoint.Error(401, "invalid_client", "Client authentication failed");
            }
        }

        string? code = form.GetValueOrDefault("code");
        lock (_gate)
        {
            if (code is null || !_codes.Remove(code, out var issued) || issued.ExpiresAt < _services.Time.GetUtcNow())
            {
                return OAuthEndpoint.Error(400, "invalid_grant", "The authorization code is invalid, expired or already used.");
            }

            if (issued.ClientId != clientId || issued.RedirectUri != form.GetValueOrDefault("redirect_uri"))
            {
                return OAuthEndpoint.Error(400, "invalid_grant", "The authorization code was issued to another client or redirect_uri.");
            }

            string token = "AQV" + EmulatorState.NewOpaque(48);
            _tokens[token] = (issued.PersonUrn, _services.Time.GetUtcNow() + MemberTokenLifetime);
            return EmulatorResponse.Ok(new JsonObject
            {
                ["access_token"] = token,
                ["expires_in"] = (long)MemberTokenLifetime.TotalSeconds,
                ["scope"] = "r_liteprofile",
            });
        }
    }

    /// <summary><c>GET /v2/me</c> with a member token: the member's id.</summary>
    public EmulatorResponse HandleMe(EmulatorRequest request)
    {
        string? authorization = request.Header("Authorization");
        string? token = authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
        lock (_gate)
        {
            if (token is null || !_tokens.TryGetValue(token, out var member) || member.ExpiresAt < _services.Time.GetUtcNow())
            {
                return new LinkedInError(401, ServiceErrorCodes.InvalidAccessToken, "/v2/me needs a member access token from the authorization-code flow.").ToResponse();
            }

            return EmulatorResponse.Ok(new JsonObject { ["id"] = member.PersonUrn["urn:li:person:".Length..] });
        }
    }
}
