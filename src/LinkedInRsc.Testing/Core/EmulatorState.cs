using System.Security.Cryptography;
using LinkedInRsc.Authentication;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The emulator's shared state: applications, tokens, customers (tenants), integrations and configurations. Every
/// read or write of it happens under <see cref="Sync"/>; resources modules keep their own data but use the same lock
/// when they need a consistent view with tenants.
/// </summary>
internal sealed class EmulatorState
{
    private long _nextId = 1000;

    /// <summary>The one lock guarding the state.</summary>
    public object Sync { get; } = new();

    /// <summary>Applications by client id.</summary>
    public Dictionary<string, EmulatedApplication> ApplicationsByClientId { get; } = new(StringComparer.Ordinal);

    /// <summary>Access tokens.</summary>
    public Dictionary<string, AccessTokenState> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Customers by unique foreign id.</summary>
    public Dictionary<string, CustomerState> CustomersByForeignId { get; } = new(StringComparer.Ordinal);

    /// <summary>Integration status-change requests by request id (for <c>atsIntegrations?q=request</c>).</summary>
    public Dictionary<string, IntegrationChangeRequest> IntegrationChangeRequests { get; } = new(StringComparer.Ordinal);

    /// <summary>The partner (parent) application.</summary>
    public EmulatedApplication Partner { get; private set; } = null!;

    /// <summary>Returns a new numeric id, unique within this emulator.</summary>
    public long NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>Creates a random opaque string (tokens, secrets, request ids).</summary>
    public static string NewOpaque(int bytes = 24) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>Registers the partner application.</summary>
    public void InitializePartner(ClientCredentials credentials)
    {
        lock (Sync)
        {
            Partner = new EmulatedApplication(credentials.ClientId, credentials.ClientSecret, $"urn:li:developerApplication:{NextId()}", isPartner: true);
            ApplicationsByClientId[credentials.ClientId] = Partner;
        }
    }

    /// <summary>Finds the customer owning an organization or contract URN, if any.</summary>
    public CustomerState? FindOwnerOfContext(string integrationContext)
    {
        foreach (CustomerState customer in CustomersByForeignId.Values)
        {
            if (string.Equals(customer.OrganizationUrn, integrationContext, StringComparison.Ordinal) || customer.ContractUrns.Contains(integrationContext))
            {
                return customer;
            }
        }

        return null;
    }
}
