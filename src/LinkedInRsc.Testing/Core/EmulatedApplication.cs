namespace LinkedInRsc.Testing.Core;

/// <summary>A developer application known to the emulator: the partner app or a provisioned child app.</summary>
internal sealed class EmulatedApplication
{
    public EmulatedApplication(string clientId, string clientSecret, string urn, bool isPartner)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        Urn = urn;
        IsPartner = isPartner;
    }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>The client secret (signs pushes to this customer).</summary>
    public string ClientSecret { get; }

    /// <summary><c>urn:li:developerApplication:{id}</c>.</summary>
    public string Urn { get; }

    /// <summary>True for the partner (parent) application.</summary>
    public bool IsPartner { get; }

    /// <summary>The customer this child application belongs to (null for the partner).</summary>
    public CustomerState? Customer { get; set; }
}
