using LinkedInRsc.Authentication;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Customers;

/// <summary>
/// <see cref="CustomerClientExtensions.GetRestLiClient"/>: the SDK's <see cref="RestLiClient"/> with the customer's child-application
/// credentials on every request, so that a hand-made call authenticates as that customer (without them LinkedIn
/// answers 403). A request carrying other credentials is refused before anything is sent: a customer-bound client never
/// sends another application's token. The credentials are read from the customer client at each request, so a
/// customer record the SDK updated (new credentials) is used at once.
/// </summary>
internal sealed class CustomerRestLiClient(RestLiClient inner, ICustomerClient customer)
    : RestLiClient(new RestLiClientOptions { ProtocolVersion = inner.ProtocolVersion })
{
    public override Task<RestLiResponse> SendAsync(RestLiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Customer current = customer.Customer;
        ClientCredentials credentials = current.Credentials
            ?? throw new CustomerNotOnboardedException(current.CustomerId, $"Customer '{current.CustomerId}' has no LinkedIn child-application credentials: run the onboarding workflow first. Nothing was sent.");
        if (request.Credentials is { } other && !other.Equals(credentials))
        {
            throw new ArgumentException(
                $"This Rest.li client is bound to customer '{current.CustomerId}' and sends only its credentials; the request carries those of client id '{other.ClientId}'. Send it with the unbound RestLiClient from dependency injection instead. Nothing was sent.",
                nameof(request));
        }

        return inner.SendAsync(request with { Credentials = credentials }, cancellationToken);
    }
}
