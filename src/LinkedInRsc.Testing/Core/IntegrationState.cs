using LinkedInRsc.Integrations;

namespace LinkedInRsc.Testing.Core;

/// <summary>One integration of a customer.</summary>
internal sealed class IntegrationState
{
    public IntegrationState(IntegrationKey key) => Key = key;

    /// <summary>The key.</summary>
    public IntegrationKey Key { get; }

    /// <summary>The partner-given name (<c>integrationName</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The status (see <see cref="IntegrationStatuses"/>).</summary>
    public string Status { get; set; } = IntegrationStatuses.Requested;

    /// <summary>Last modification, epoch ms.</summary>
    public long LastModifiedAt { get; set; }

    /// <summary>Configurations by key (values are strings).</summary>
    public Dictionary<string, string> Configurations { get; } = new(StringComparer.Ordinal);

    /// <summary>The integration in the SDK's terms, for snapshots.</summary>
    public Integration ToIntegration() => new()
    {
        Type = new IntegrationType(Key.IntegrationType),
        IntegrationContext = Key.IntegrationContext,
        Name = Name,
        Status = new IntegrationStatus(Status),
        LastModifiedAt = DateTimeOffset.FromUnixTimeMilliseconds(LastModifiedAt),
    };
}
