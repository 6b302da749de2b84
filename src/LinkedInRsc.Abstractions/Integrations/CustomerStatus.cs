namespace LinkedInRsc.Integrations;

/// <summary>A customer's RSC status derived from what LinkedIn returns.</summary>
public sealed record CustomerStatus
{
    /// <summary>The lifecycle state.</summary>
    public required OnboardingState State { get; init; }

    /// <summary>The access level actually granted.</summary>
    public required Customers.AccessLevel AccessLevel { get; init; }

    /// <summary>The features that level allows.</summary>
    public Customers.Features Features => Customers.AccessLevels.FeaturesOf(AccessLevel);

    /// <summary>The contracts on which <c>CSA_API</c> is enabled.</summary>
    public IReadOnlyList<ContractUrn> EnabledContracts { get; init; } = [];

    /// <summary>The integrations LinkedIn reported.</summary>
    public IReadOnlyList<Integration> Integrations { get; init; } = [];
}
