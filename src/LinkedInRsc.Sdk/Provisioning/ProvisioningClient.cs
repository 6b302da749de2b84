using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using LinkedInRsc.Internal;
using LinkedInRsc.RestLi;
using LinkedInRsc.Wire;

namespace LinkedInRsc.Provisioning;

/// <summary>
/// The Provisioning API (<c>/v2/provisionedApplications</c>) with the partner application's credentials (the
/// pipeline's default credentials).
/// </summary>
internal sealed class ProvisioningClient(WireMappedRestLiClient restLi, CustomerRecords records) : IProvisioningClient
{
    internal const string Resource = "provisionedApplications";
    internal const string SecretsResource = "developerApplicationsSecurity";
    internal const string RollSecretAction = "rollDeveloperApplicationSecret";

    public async Task<Customer> RollSecretAsync(string customerId, CancellationToken cancellationToken = default)
    {
        ProvisioningRules.ValidateCustomerId(customerId);
        Customer customer = await records.FindAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new CustomerNotFoundException(customerId);
        if (customer.Credentials is not { } current || string.IsNullOrWhiteSpace(customer.ApplicationUrn))
        {
            throw new CustomerNotOnboardedException(
                customerId,
                $"Customer '{customerId}' has no provisioned LinkedIn application (credentials and URN) yet: run the onboarding workflow first.");
        }

        RestLiRequest roll = RestLiRequest.Action(SecretsResource, RollSecretAction, new JsonObject { ["childDeveloperApplication"] = customer.ApplicationUrn });
        RestLiResponse response = await restLi.SendAsync(roll, cancellationToken).ConfigureAwait(false);
        string secret = response.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("value", out JsonElement value)
            && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("client_secret", out JsonElement s) && s.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(s.GetString())
            ? s.GetString()!
            : throw new LinkedInRscException($"LinkedIn's answer to rotating the secret of customer '{customerId}' carried no client_secret; the old secret is still in use.") { RequestId = response.RequestId };

        // The old secret stays valid on LinkedIn's side until it is deleted: keep it as the previous one, so pushes
        // signed with it during the overlap still verify.
        return await records.UpdateAsync(
            customer,
            latest => latest with { Credentials = new ClientCredentials(current.ClientId, secret), PreviousCredentials = latest.Credentials ?? current },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProvisionedApplication> ProvisionAsync(ProvisionCustomerRequest request, CancellationToken cancellationToken = default)
    {
        ProvisioningRules.Validate(request);
        var body = new JsonObject
        {
            ["uniqueForeignId"] = request.CustomerId,
            ["name"] = request.Name,
            ["validJsSdkDomains"] = ToArray(request.JsSdkDomains),
            ["oauth2AuthorizedCallbackUrls"] = ToArray(request.OAuthCallbackUrls.Select(u => u.AbsoluteUri)),
        };
        if (request.Description is not null)
        {
            body["description"] = request.Description;
        }

        try
        {
            RestLiResponse response = await restLi.SendAsync(RestLiRequest.Create(Resource, body), cancellationToken).ConfigureAwait(false);
            if (response.Body is { ValueKind: JsonValueKind.Object } created && TryRead(created, request.CustomerId, response.CreatedId is { Kind: RestLiValueKind.Primitive } createdId ? createdId.AsString() : null, out ProvisionedApplication? application))
            {
                return application;
            }
        }
        catch (LinkedInRscException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // Already provisioned (uniqueForeignId is unique per partner): re-provisioning is idempotent, read it back.
        }

        return await GetAsync(request.CustomerId, cancellationToken).ConfigureAwait(false)
            ?? throw new LinkedInRscException($"LinkedIn did not return the application of customer '{request.CustomerId}' after provisioning it; retry the call.");
    }

    public async Task<ProvisionedApplication?> GetAsync(string customerId, CancellationToken cancellationToken = default)
    {
        ProvisioningRules.ValidateCustomerId(customerId);
        var find = RestLiRequest.Finder(Resource, "credentialsByUniqueForeignId", new Dictionary<string, RestLiValue>
        {
            ["uniqueForeignId"] = RestLiValue.FromString(customerId),
        });
        RestLiResponse response;
        try
        {
            response = await restLi.SendAsync(find, cancellationToken).ConfigureAwait(false);
        }
        catch (LinkedInRscException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        // The finder answers a collection; a plain entity body is accepted too (the shape is UNCONFIRMED).
        JsonElement? body = response.Body;
        if (body is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        IEnumerable<JsonElement> candidates = root.TryGetProperty("elements", out JsonElement elements) && elements.ValueKind == JsonValueKind.Array
            ? elements.EnumerateArray()
            : [root];
        foreach (JsonElement element in candidates)
        {
            if (TryRead(element, customerId, null, out ProvisionedApplication? application))
            {
                return application;
            }
        }

        return null;
    }

    public Task UpdateJsSdkDomainsAsync(string applicationUrn, IReadOnlyList<string> domains, CancellationToken cancellationToken = default)
    {
        ProvisioningRules.ValidateApplicationUrn(applicationUrn);
        ProvisioningRules.ValidateJsSdkDomains(domains, nameof(domains));
        return PatchAsync(applicationUrn, "validJsSdkDomains", ToArray(domains), cancellationToken);
    }

    public Task UpdateOAuthCallbackUrlsAsync(string applicationUrn, IReadOnlyList<Uri> callbackUrls, CancellationToken cancellationToken = default)
    {
        ProvisioningRules.ValidateApplicationUrn(applicationUrn);
        ProvisioningRules.ValidateCallbackUrls(callbackUrls, nameof(callbackUrls));
        return PatchAsync(applicationUrn, "oauth2AuthorizedCallbackUrls", ToArray(callbackUrls.Select(u => u.AbsoluteUri)), cancellationToken);
    }

    private async Task PatchAsync(string applicationUrn, string field, JsonArray values, CancellationToken cancellationToken)
    {
        var patch = RestLiPatch.SetFields(new JsonObject { [field] = values });
        await restLi.SendAsync(RestLiRequest.PartialUpdate(Resource, RestLiValue.FromString(applicationUrn), patch), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads an application. The credential field names are UNCONFIRMED: <c>credentials.client_id/client_secret</c>
    /// and top-level <c>clientId/clientSecret</c> are both accepted; the URN comes from <c>key</c>,
    /// <c>applicationUrn</c> or the <c>x-restli-id</c> header.
    /// </summary>
    private static bool TryRead(JsonElement element, string customerId, string? headerUrn, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProvisionedApplication? application)
    {
        application = null;
        JsonElement credentials = JsonRead.Object(element, "credentials") ?? element;
        string? clientId = JsonRead.String(credentials, "client_id") ?? JsonRead.String(credentials, "clientId") ?? JsonRead.String(element, "clientId");
        string? clientSecret = JsonRead.String(credentials, "client_secret") ?? JsonRead.String(credentials, "clientSecret") ?? JsonRead.String(element, "clientSecret");
        string? urn = JsonRead.String(element, "key") ?? JsonRead.String(element, "applicationUrn") ?? headerUrn;
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret) || string.IsNullOrWhiteSpace(urn))
        {
            return false;
        }

        string? foreignId = JsonRead.String(element, "uniqueForeignId");
        if (foreignId is not null && !string.Equals(foreignId, customerId, StringComparison.Ordinal))
        {
            return false;
        }

        application = new ProvisionedApplication
        {
            CustomerId = customerId,
            ApplicationUrn = urn,
            Credentials = new ClientCredentials(clientId, clientSecret),
            Name = JsonRead.String(element, "name"),
            JsSdkDomains = JsonRead.Strings(element, "validJsSdkDomains"),
            OAuthCallbackUrls = JsonRead.Strings(element, "oauth2AuthorizedCallbackUrls"),
        };
        return true;
    }

    private static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
