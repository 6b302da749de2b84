namespace LinkedInRsc.Integrations;

/// <summary>One RSC integration of a customer, as LinkedIn reports it.</summary>
public sealed record Integration
{
    /// <summary>The integration type.</summary>
    public required IntegrationType Type { get; init; }

    /// <summary>The organization URN (company-level types) or contract URN (<c>CSA_API</c>).</summary>
    public required string IntegrationContext { get; init; }

    /// <summary>The user-facing name the partner gave the integration, when set.</summary>
    public string? Name { get; init; }

    /// <summary>The status, when LinkedIn reported one.</summary>
    public IntegrationStatus? Status { get; init; }

    /// <summary>When LinkedIn last changed the integration, when reported.</summary>
    public DateTimeOffset? LastModifiedAt { get; init; }

    /// <summary>Whether LinkedIn reports the integration as enabled.</summary>
    public bool IsEnabled => Status == IntegrationStatus.Enabled;
}
