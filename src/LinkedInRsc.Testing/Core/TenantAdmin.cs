namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Scripted actions of a customer's LinkedIn admin: connect the organization and contracts, enable or disable
/// integrations at company or contract level (with an <c>INTEGRATION_STATUS_CHANGE</c> push). Used by the C# API and
/// the <c>/_emulator/</c> endpoints alike.
/// </summary>
internal sealed class TenantAdmin
{
    private readonly EmulatorServices _services;

    public TenantAdmin(EmulatorServices services) => _services = services;

    /// <summary>Finds a customer by id (<c>uniqueForeignId</c>); 404 when unknown.</summary>
    public CustomerState Find(string customerId)
    {
        lock (_services.State.Sync)
        {
            return _services.State.CustomersByForeignId.TryGetValue(customerId, out CustomerState? customer)
                ? customer
                : throw LinkedInError.NotFound($"No customer '{customerId}': provision it first (POST /v2/provisionedApplications or AddCustomerAsync).").AsException();
        }
    }

    /// <summary>
    /// The admin connects the customer's organization and contracts (generated when null/empty). Creates the
    /// company-level integrations on the organization and a <c>CSA_API</c> integration per contract, all
    /// <c>REQUESTED</c>. Connecting again adds contracts; a different organization is refused (409).
    /// </summary>
    public void Connect(CustomerState customer, OrganizationUrn? organization, IReadOnlyList<ContractUrn>? contractUrns)
    {
        lock (_services.State.Sync)
        {
            string organizationUrn = organization?.ToString() ?? customer.OrganizationUrn ?? OrganizationUrn.FromId(_services.State.NextId()).ToString();
            if (customer.OrganizationUrn is not null && customer.OrganizationUrn != organizationUrn)
            {
                throw LinkedInError.Conflict($"Customer '{customer.UniqueForeignId}' is already connected to {customer.OrganizationUrn}.").AsException();
            }

            CustomerState? owner = _services.State.FindOwnerOfContext(organizationUrn);
            if (owner is not null && owner != customer)
            {
                throw LinkedInError.Conflict($"{organizationUrn} is already connected to customer '{owner.UniqueForeignId}'.").AsException();
            }

            var contracts = (contractUrns is { Count: > 0 } ? contractUrns : [ContractUrn.FromId(_services.State.NextId())]).Select(c => c.ToString()).ToList();
            foreach (string contract in contracts)
            {
                CustomerState? contractOwner = _services.State.FindOwnerOfContext(contract);
                if (contractOwner is not null && contractOwner != customer)
                {
                    throw LinkedInError.Conflict($"{contract} is already connected to customer '{contractOwner.UniqueForeignId}'.").AsException();
                }
            }

            customer.OrganizationUrn = organizationUrn;
            long now = _services.NowMillis;
            foreach (string type in IntegrationTypes.CompanyLevel)
            {
                Ensure(customer, IntegrationKey.Rsc(organizationUrn, type), now);
            }

            foreach (string contract in contracts)
            {
                if (!customer.ContractUrns.Contains(contract))
                {
                    customer.ContractUrns.Add(contract);
                }

                Ensure(customer, IntegrationKey.Rsc(contract, IntegrationTypes.CsaApi), now);
            }
        }
    }

    /// <summary>
    /// The admin enables integrations: company level enables IN_ATS_INDICATOR, ONE_CLICK_EXPORT and PROFILE_PLUGIN;
    /// contract level also CSA_API on <paramref name="contract"/> (or every connected contract when null). Sends an
    /// <c>INTEGRATION_STATUS_CHANGE</c> push when a callback URL is configured.
    /// </summary>
    /// <returns>The change's request id (<c>atsIntegrations?q=request&amp;requestId=</c>) and the push, if one was sent.</returns>
    public (string RequestId, EmulatorPush? Push) Enable(CustomerState customer, AccessLevel level, ContractUrn? contract)
    {
        if (level is not (AccessLevel.Company or AccessLevel.Contract))
        {
            throw LinkedInError.BadRequest($"Access level must be Company or Contract, not {level}.").AsException();
        }

        string? contractUrn = contract?.ToString();
        var keys = new List<IntegrationKey>();
        lock (_services.State.Sync)
        {
            if (customer.OrganizationUrn is null)
            {
                throw LinkedInError.BadRequest($"Customer '{customer.UniqueForeignId}' has no connected organization; connect the admin first.").AsException();
            }

            keys.AddRange(IntegrationTypes.CompanyLevel.Select(t => IntegrationKey.Rsc(customer.OrganizationUrn, t)));
            if (level == AccessLevel.Contract)
            {
                if (contractUrn is not null && !customer.ContractUrns.Contains(contractUrn))
                {
                    throw LinkedInError.BadRequest($"{contractUrn} is not connected to customer '{customer.UniqueForeignId}'.").AsException();
                }

                keys.AddRange((contractUrn is null ? customer.ContractUrns : [contractUrn]).Select(c => IntegrationKey.Rsc(c, IntegrationTypes.CsaApi)));
            }
        }

        return SetStatus(customer, keys, IntegrationStatuses.Enabled);
    }

    /// <summary>
    /// The admin disables integrations: company level disables everything (company-level and CSA_API); contract level
    /// disables CSA_API only (on <paramref name="contract"/>, or every contract).
    /// </summary>
    public (string RequestId, EmulatorPush? Push) Disable(CustomerState customer, AccessLevel level, ContractUrn? contract)
    {
        if (level is not (AccessLevel.Company or AccessLevel.Contract))
        {
            throw LinkedInError.BadRequest($"Access level must be Company or Contract, not {level}.").AsException();
        }

        string? contractUrn = contract?.ToString();
        List<IntegrationKey> keys;
        lock (_services.State.Sync)
        {
            keys = customer.Integrations.Keys
                .Where(k => level == AccessLevel.Company
                    ? true
                    : k.IntegrationType == IntegrationTypes.CsaApi && (contractUrn is null || k.IntegrationContext == contractUrn))
                .ToList();
        }

        return SetStatus(customer, keys, IntegrationStatuses.Disabled);
    }

    /// <summary>The access level currently enabled, or null.</summary>
    public static AccessLevel? AccessLevelOf(CustomerState customer) =>
        customer.ContractUrns.Any(customer.IsCsaEnabled) ? AccessLevel.Contract
        : customer.IsCompanyLevelEnabled ? AccessLevel.Company
        : null;

    private (string RequestId, EmulatorPush? Push) SetStatus(CustomerState customer, List<IntegrationKey> keys, string status)
    {
        string requestId = Guid.NewGuid().ToString();
        bool hasCallback;
        lock (_services.State.Sync)
        {
            long now = _services.NowMillis;
            foreach (IntegrationKey key in keys)
            {
                IntegrationState integration = Ensure(customer, key, now);
                integration.Status = status;
                integration.LastModifiedAt = now;
            }

            _services.State.IntegrationChangeRequests[requestId] = new IntegrationChangeRequest(requestId, customer, keys, now);
            hasCallback = customer.CallbackUrl is not null;
        }

        EmulatorPush? push = hasCallback
            ? _services.Pushes.Send(customer, EmulatorPushEventType.IntegrationStatusChange, requestId, customer.OrganizationUrn)
            : null;
        return (requestId, push);
    }

    private static IntegrationState Ensure(CustomerState customer, IntegrationKey key, long now)
    {
        if (!customer.Integrations.TryGetValue(key, out IntegrationState? integration))
        {
            integration = new IntegrationState(key) { LastModifiedAt = now };
            customer.Integrations[key] = integration;
        }

        return integration;
    }
}
