using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LinkedInRsc.Customers;
using LinkedInRsc.Internal;
using LinkedInRsc.Onboarding;
using LinkedInRsc.RestLi;
using LinkedInRsc.Serialization;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Users;

/// <summary>3-legged connection of an ATS user and seat mapping through <c>seatsV2</c>.</summary>
internal sealed class UserConnectionsClient(
    RestLiClient restLi,
    IHttpClientFactory httpClients,
    IOptions<LinkedInRscOptions> options,
    ICustomerClient owner) : IUserConnectionsClient
{
    private const int SeatPageSize = 100;

    private Customer Customer => owner.Customer;

    public Uri BuildAuthorizationUri(Uri redirectUri, string state) =>
        LinkedInAuthorization.BuildAuthorizationUri(Customer.Credentials!.ClientId, redirectUri, state, authorizationEndpoint: AuthorizationEndpoint());

    public async Task<UserConnection> CompleteAsync(string code, Uri redirectUri, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        HttpClient http = httpClients.CreateClient(LinkedInRscDefaults.TokenHttpClientName);

        using var exchange = new HttpRequestMessage(HttpMethod.Post, options.Value.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "authorization_code"),
                new("code", code),
                new("redirect_uri", redirectUri.AbsoluteUri),
                new("client_id", Customer.Credentials!.ClientId),
                new("client_secret", Customer.Credentials.ClientSecret),
            ]),
        };
        string memberToken;
        using (HttpResponseMessage response = await http.SendAsync(exchange, cancellationToken).ConfigureAwait(false))
        {
            OAuthTokenResponse? body = await ReadJsonAsync(response, SdkJsonContext.Default.OAuthTokenResponse, "exchange the authorization code", cancellationToken).ConfigureAwait(false);
            memberToken = body?.AccessToken
                ?? throw new LinkedInRscException("LinkedIn's token response carried no access_token for the authorization code.");
        }

        using var me = new HttpRequestMessage(HttpMethod.Get, new Uri(options.Value.V2BaseAddress, "me?fields=id"));
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", memberToken);
        PersonUrn person;
        using (HttpResponseMessage response = await http.SendAsync(me, cancellationToken).ConfigureAwait(false))
        {
            MemberProfile? body = await ReadJsonAsync(response, SdkJsonContext.Default.MemberProfile, "read the member's profile id", cancellationToken).ConfigureAwait(false);
            string id = body?.Id ?? body?.Sub
                ?? throw new LinkedInRscException("LinkedIn's /me response carried no member id.");
            person = id.StartsWith("urn:li:person:", StringComparison.Ordinal) ? PersonUrn.Parse(id) : PersonUrn.FromId(id);
        }

        SeatUrn? seat = Customer.Features.HasFlag(Features.RecruiterSeats)
            ? await FindSeatAsync(person, cancellationToken).ConfigureAwait(false)
            : null;
        return new UserConnection(person, seat);
    }

    public async Task<SeatUrn?> FindSeatAsync(PersonUrn person, CancellationToken cancellationToken = default)
    {
        _ = person.Id; // a default PersonUrn fails here, before anything is sent
        owner.EnsureAllowed(Features.RecruiterSeats);
        foreach (RecruiterContract contract in Customer.Contracts.Where(c => c.AccessLevel == AccessLevel.Contract))
        {
            var find = RestLiRequest.Finder("seatsV2", "attributes", new Dictionary<string, RestLiValue>
            {
                ["contracts"] = RestLiValue.ListOf(RestLiValue.FromString(contract.Urn.ToString())),
                ["states"] = RestLiValue.ListOf(RestLiValue.FromString("ACTIVE")),
                ["start"] = RestLiValue.FromInt64(0),
            }) with
            { Credentials = Customer.Credentials };
            await foreach (JsonElement seat in restLi.ListAsync(find, SeatPageSize, cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(JsonRead.String(seat, "member"), person.ToString(), StringComparison.Ordinal))
                {
                    string? id = JsonRead.String(seat, "id");
                    if (id is not null)
                    {
                        return id.StartsWith("urn:li:seat:", StringComparison.Ordinal) ? SeatUrn.Parse(id) : SeatUrn.FromId(id);
                    }
                }
            }
        }

        return null;
    }

    private Uri AuthorizationEndpoint()
    {
        // The authorization page lives next to the token endpoint (www.linkedin.com/oauth/v2/...), also on the emulator.
        return new Uri(options.Value.TokenEndpoint, "authorization");
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string action, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await LinkedInRscExceptionFactory.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }

        using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new LinkedInRscException($"LinkedIn answered with a body that is not the expected JSON when asked to {action}.", ex);
        }
    }
}
