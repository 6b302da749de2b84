using System.Net;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// <c>POST /oauth/v2/accessToken</c> with <c>grant_type=client_credentials&amp;client_id=…&amp;client_secret=…</c>
/// (form-encoded): answers <c>{"access_token","expires_in"}</c>, or LinkedIn's OAuth error body
/// <c>{"error":"invalid_client","error_description":…}</c>.
/// </summary>
internal sealed class OAuthEndpoint
{
    private readonly EmulatorServices _services;

    public OAuthEndpoint(EmulatorServices services) => _services = services;

    /// <summary>Handles a token request.</summary>
    public EmulatorResponse Handle(EmulatorRequest request)
    {
        if (request.Method != "POST")
        {
            return Error(405, "invalid_request", "The token endpoint only accepts POST.");
        }

        string contentType = request.Header("Content-Type") ?? string.Empty;
        if (!contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Error(400, "invalid_request", "The token request must be sent as application/x-www-form-urlencoded.");
        }

        Dictionary<string, string> form = ParseForm(request.BodyText);
        if (!form.TryGetValue("grant_type", out string? grantType) || grantType.Length == 0)
        {
            return Error(400, "invalid_request", "A required parameter \"grant_type\" is missing");
        }

        if (grantType == "authorization_code")
        {
            return _services.MemberOAuth.ExchangeCode(form);
        }

        if (grantType != "client_credentials")
        {
            return Error(400, "unsupported_grant_type", $"The grant type \"{grantType}\" is not supported by the emulator; use client_credentials or authorization_code.");
        }

        if (!form.TryGetValue("client_id", out string? clientId) || clientId.Length == 0)
        {
            return Error(400, "invalid_request", "A required parameter \"client_id\" is missing");
        }

        if (!form.TryGetValue("client_secret", out string? clientSecret) || clientSecret.Length == 0)
        {
            return Error(400, "invalid_request", "A required parameter \"client_secret\" is missing");
        }

        lock (_services.State.Sync)
        {
            if (!_services.State.ApplicationsByClientId.TryGetValue(clientId, out EmulatedApplication? application)
                || !application.Accepts(clientSecret))
            {
                return Error(401, "invalid_client", "Client authentication failed");
            }

            string token = "AQ" + EmulatorState.NewOpaque(48);
            DateTimeOffset expiresAt = _services.Time.GetUtcNow() + _services.Options.TokenLifetime;
            _services.State.Tokens[token] = new AccessTokenState(token, application, expiresAt);
            return EmulatorResponse.Ok(new JsonObject
            {
                ["access_token"] = token,
                ["expires_in"] = (long)_services.Options.TokenLifetime.TotalSeconds,
            });
        }
    }

    /// <summary>Replaces the value of <c>client_secret</c> in a form body with <c>***</c>.</summary>
    public static string RedactForm(string body)
    {
        string[] pairs = body.Split('&');
        for (int i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].StartsWith("client_secret=", StringComparison.Ordinal))
            {
                pairs[i] = "client_secret=***";
            }
        }

        return string.Join('&', pairs);
    }

    /// <summary>Decodes an <c>application/x-www-form-urlencoded</c> body (plain form decoding; not Rest.li).</summary>
    public static Dictionary<string, string> ParseForm(string body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string name = WebUtility.UrlDecode(eq < 0 ? pair : pair[..eq]);
            string value = eq < 0 ? string.Empty : WebUtility.UrlDecode(pair[(eq + 1)..]);
            form[name] = value;
        }

        return form;
    }

    public static EmulatorResponse Error(int status, string error, string description) =>
        EmulatorResponse.Json(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
