using LinkedInRsc.Customers;

namespace LinkedInRsc.Integrations;

/// <summary>Derives the lifecycle state and the granted access level from the integrations LinkedIn reports.</summary>
internal static class CustomerStatusDeriver
{
    private static readonly IntegrationType[] OrganizationTypes =
        [IntegrationType.OneClickExport, IntegrationType.InAtsIndicator, IntegrationType.ProfilePlugin];

    /// <summary>Derives the status.</summary>
    /// <param name="customer">The customer as the directory knows it.</param>
    /// <param name="integrations">What LinkedIn reported.</param>
    /// <param name="callbackConfigured">Whether the customer's CALLBACK_URL is set (part of "partner ready").</param>
    /// <returns>The status.</returns>
    /// <remarks>
    /// Company level = at least one organization-level integration enabled; contract level = <c>CSA_API</c> enabled on
    /// at least one of the customer's contracts. "Partner ready" = every reported integration named and the callback
    /// configured, none enabled yet. "Disabled" = nothing enabled and at least one integration reported disabled.
    /// </remarks>
    public static CustomerStatus Derive(Customer customer, IReadOnlyList<Integration> integrations, bool callbackConfigured)
    {
        string? organization = customer.Organization?.ToString();
        bool organizationEnabled = integrations.Any(i =>
            i.IsEnabled && OrganizationTypes.Contains(i.Type) && string.Equals(i.IntegrationContext, organization, StringComparison.Ordinal));
        var enabledContracts = integrations
            .Where(i => i.IsEnabled && i.Type == IntegrationType.CsaApi)
            .Select(i => ContractUrn.TryParse(i.IntegrationContext, out ContractUrn urn) ? urn : (ContractUrn?)null)
            .OfType<ContractUrn>()
            .Where(urn => customer.Contracts.Count == 0 || customer.Contracts.Any(c => c.Urn == urn))
            .Distinct()
            .ToList();

        AccessLevel level = enabledContracts.Count > 0 ? AccessLevel.Contract
            : organizationEnabled ? AccessLevel.Company
            : AccessLevel.None;

        OnboardingState state;
        if (level != AccessLevel.None)
        {
            state = OnboardingState.Enabled;
        }
        else if (integrations.Any(i => i.Status == IntegrationStatus.Disabled))
        {
            state = OnboardingState.Disabled;
        }
        else if (customer.Organization is null && customer.Contracts.Count == 0)
        {
            state = OnboardingState.NotConnected;
        }
        else if (integrations.Count > 0 && callbackConfigured && integrations.All(i => !string.IsNullOrWhiteSpace(i.Name)))
        {
            state = OnboardingState.PartnerReady;
        }
        else
        {
            state = OnboardingState.Requested;
        }

        return new CustomerStatus { State = state, AccessLevel = level, EnabledContracts = enabledContracts, Integrations = integrations };
    }
}
