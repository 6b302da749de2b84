namespace LinkedInRsc.Integrations;

/// <summary>The content of an <c>INTEGRATION_STATUS_CHANGE</c> notification, looked up by its request id.</summary>
public sealed record IntegrationStatusChange
{
    /// <summary>The request id the push carried.</summary>
    public required string RequestId { get; init; }

    /// <summary>The integrations whose status changed.</summary>
    public IReadOnlyList<Integration> Integrations { get; init; } = [];
}
