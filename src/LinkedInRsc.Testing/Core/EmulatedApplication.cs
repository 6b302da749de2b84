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
    /// <summary>The newest active secret (the one pushes are signed with). Change it under the state's lock.</summary>
    public string ClientSecret { get; private set; }

    /// <summary>The older active secret during a rotation, until it is deleted; LinkedIn allows at most two.</summary>
    public string? PreviousSecret { get; private set; }

    /// <summary>Whether <paramref name="secret"/> is one of the active secrets.</summary>
    public bool Accepts(string secret) =>
        string.Equals(ClientSecret, secret, StringComparison.Ordinal) || (PreviousSecret is not null && string.Equals(PreviousSecret, secret, StringComparison.Ordinal));

    /// <summary>Adds a new secret next to the current one; false when two are active already (LinkedIn refuses).</summary>
    public bool TryRoll(string newSecret)
    {
        if (PreviousSecret is not null)
        {
            return false;
        }

        PreviousSecret = ClientSecret;
        ClientSecret = newSecret;
        return true;
    }

    /// <summary>Deletes the older secret; false when there is none.</summary>
    public bool DeletePreviousSecret()
    {
        bool had = PreviousSecret is not null;
        PreviousSecret = null;
        return had;
    }

    /// <summary><c>urn:li:developerApplication:{id}</c>.</summary>
    public string Urn { get; }

    /// <summary>True for the partner (parent) application.</summary>
    public bool IsPartner { get; }

    /// <summary>The customer this child application belongs to (null for the partner).</summary>
    public CustomerState? Customer { get; set; }
}
