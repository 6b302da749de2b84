namespace LinkedInRsc.Authentication;

/// <summary>
/// The client id and secret of a LinkedIn developer application: the partner (parent) application, or one
/// customer's (child) application. Tokens are minted and cached per credentials.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the secret.</remarks>
public sealed class ClientCredentials : IEquatable<ClientCredentials>
{
    /// <summary>Creates credentials.</summary>
    /// <param name="clientId">The application's client id.</param>
    /// <param name="clientSecret">The application's client secret.</param>
    /// <exception cref="ArgumentException">Either value is null, empty or white space.</exception>
    public ClientCredentials(string clientId, string clientSecret)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("A client id is required: pass the LinkedIn application's client id.", nameof(clientId));
        }

        if (string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new ArgumentException("A client secret is required: pass the LinkedIn application's client secret.", nameof(clientSecret));
        }

        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    /// <summary>The application's client id (not a secret).</summary>
    public string ClientId { get; }

    /// <summary>The application's client secret. Never log it.</summary>
    public string ClientSecret { get; }

    /// <inheritdoc />
    public bool Equals(ClientCredentials? other) =>
        other is not null
        && string.Equals(ClientId, other.ClientId, StringComparison.Ordinal)
        && string.Equals(ClientSecret, other.ClientSecret, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClientCredentials);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(ClientId), StringComparer.Ordinal.GetHashCode(ClientSecret));

    /// <summary>Shows the client id only; the secret is redacted.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"ClientCredentials {{ ClientId = {ClientId}, ClientSecret = *** }}";
}
