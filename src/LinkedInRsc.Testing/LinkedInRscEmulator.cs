using LinkedInRsc.Authentication;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing;

/// <summary>
/// A fake LinkedIn Recruiter System Connect: <c>/v2/…</c> API, <c>/oauth/v2/accessToken</c> and <c>/_emulator/…</c>
/// control endpoints on one origin, behaving as LinkedIn's documentation says (rules, refusals, per-entity batch
/// statuses, quotas, pushes). Run it in-process (<see cref="CreateHttpMessageHandler"/>) or over HTTP.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await LinkedInRscEmulator.StartAsync(new EmulatorOptions { TimeProvider = fakeTime });
/// EmulatedCustomer acme = await emulator.AddCustomerAsync("acme", AccessLevel.Contract);
/// using var http = emulator.CreateHttpClient();   // BaseAddress = emulator.BaseAddress
/// // acme.Credentials, acme.OrganizationUrn, acme.ContractUrn are ready; integrations are enabled.
/// </code>
/// </example>
public sealed class LinkedInRscEmulator : IAsyncDisposable
{
    private static readonly Uri InMemoryAddress = new("http://rsc-emulator.invalid/");

    private readonly EmulatorServices _services;
    private readonly RequestProcessor _processor;
    private readonly TenantAdmin _admin;
    private readonly ProvisioningModule _provisioning;
    private HttpListenerFrontEnd? _server;
    private int _disposed;

    private LinkedInRscEmulator(EmulatorOptions options)
    {
        options.Validate();
        Quotas = new EmulatorQuotas();
        Quotas.CopyFrom(options.Quotas);
        _services = new EmulatorServices(options, Quotas);
        _processor = new RequestProcessor(_services, this);
        _admin = new TenantAdmin(_services);
        _provisioning = new ProvisioningModule(_services);
        foreach ((string name, IEmulatorModule module) in EmulatorModules.Create(_services, _provisioning, _admin, EmulatorModuleCatalog.Registrations))
        {
            _services.Router.Register(name, module);
        }
    }

    /// <summary>
    /// The origin serving API, OAuth and control endpoints: <c>http://127.0.0.1:{port}/</c> when started with
    /// <see cref="StartAsync(EmulatorOptions?, CancellationToken)"/>, <c>http://rsc-emulator.invalid/</c> (reachable only through
    /// <see cref="CreateHttpMessageHandler"/>) when created with <see cref="CreateInMemory(EmulatorOptions?)"/>.
    /// </summary>
    public Uri BaseAddress => _server?.BaseAddress ?? InMemoryAddress;

    /// <summary>The API base, <c>{BaseAddress}v2/</c> (LinkedIn's <c>https://api.linkedin.com/v2/</c>).</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "v2/");

    /// <summary>The token endpoint, <c>{BaseAddress}oauth/v2/accessToken</c>.</summary>
    public Uri TokenEndpoint => new(BaseAddress, "oauth/v2/accessToken");

    /// <summary>The partner (parent) application's credentials, for <c>/v2/provisionedApplications</c>.</summary>
    public ClientCredentials PartnerCredentials => _services.Options.PartnerCredentials;

    /// <summary>The emulator's clock.</summary>
    public TimeProvider TimeProvider => _services.Time;

    /// <summary>The quotas in force; change them at any time.</summary>
    public EmulatorQuotas Quotas { get; }

    /// <summary>Fault injection for the next requests to a route.</summary>
    public EmulatorFaults Faults => _services.Faults;

    /// <summary>Every API and OAuth request received.</summary>
    public EmulatorJournal Journal => _services.Journal;

    /// <summary>Every push notification sent.</summary>
    public EmulatorPushLog Pushes => _services.Pushes.Log;

    /// <summary>The customers provisioned so far.</summary>
    public IReadOnlyList<EmulatedCustomer> Customers
    {
        get
        {
            lock (_services.State.Sync)
            {
                return _services.State.CustomersByForeignId.Values.Select(Snapshot).ToArray();
            }
        }
    }

    internal EmulatorServices Services => _services;

    /// <summary>Whether requests reach the emulator over HTTP (started with <see cref="StartAsync"/>).</summary>
    internal bool IsListening => _server is not null;

    /// <summary>Starts an emulator listening on <c>http://127.0.0.1:{options.Port}/</c> (a free port by default).</summary>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="InvalidOperationException">The port cannot be bound.</exception>
    public static async Task<LinkedInRscEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var emulator = new LinkedInRscEmulator(options ?? new EmulatorOptions());
        try
        {
            emulator._server = HttpListenerFrontEnd.Start(emulator._processor, emulator._services.Options.Port);
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return emulator;
    }

    /// <summary>Creates an emulator without a network listener; reach it through <see cref="CreateHttpMessageHandler"/>.</summary>
    /// <param name="options">Settings; defaults when null (<see cref="EmulatorOptions.Port"/> is ignored).</param>
    /// <returns>The emulator.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static LinkedInRscEmulator CreateInMemory(EmulatorOptions? options = null) => new(options ?? new EmulatorOptions());

    /// <summary>
    /// A handler that serves requests in-process, exactly as the HTTP server does. Any absolute URI works; its path and
    /// query select the endpoint. Each call returns a new handler; dispose it (or the <see cref="HttpClient"/> owning it).
    /// </summary>
    /// <returns>The handler.</returns>
    public HttpMessageHandler CreateHttpMessageHandler() => new InMemoryHandler(_processor);

    /// <summary>An <see cref="HttpClient"/> over <see cref="CreateHttpMessageHandler"/> with <see cref="HttpClient.BaseAddress"/> = <see cref="BaseAddress"/>.</summary>
    /// <returns>The client; dispose it.</returns>
    public HttpClient CreateHttpClient() => new(CreateHttpMessageHandler(), disposeHandler: true) { BaseAddress = BaseAddress };

    /// <summary>
    /// Sets up a customer in one call: provisions its child application (<c>uniqueForeignId</c> = <paramref name="customerId"/>),
    /// connects an organization and one contract, and enables integrations at <paramref name="accessLevel"/>.
    /// </summary>
    /// <param name="customerId">The customer's id, unique in the emulator.</param>
    /// <param name="accessLevel">Company or contract level.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer: credentials, organization and contract URNs.</returns>
    /// <exception cref="InvalidOperationException">The id is taken or invalid.</exception>
    public Task<EmulatedCustomer> AddCustomerAsync(string customerId, AccessLevel accessLevel, CancellationToken cancellationToken = default) =>
        AddCustomerAsync(new EmulatedCustomerSetup { Id = customerId, AccessLevel = accessLevel }, cancellationToken);

    /// <summary>Sets up a customer as described by <paramref name="setup"/>.</summary>
    /// <param name="setup">The customer's setup.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentException">An OAuth callback URL is not absolute.</exception>
    /// <exception cref="InvalidOperationException">The id is taken, or a value breaks LinkedIn's rules (the message says which).</exception>
    public Task<EmulatedCustomer> AddCustomerAsync(EmulatedCustomerSetup setup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(setup.OAuthCallbackUrls, nameof(setup) + "." + nameof(setup.OAuthCallbackUrls));
        if (setup.OAuthCallbackUrls.Any(u => u is null || !u.IsAbsoluteUri))
        {
            throw new ArgumentException("EmulatedCustomerSetup.OAuthCallbackUrls must hold absolute URLs only, e.g. https://ats.example/linkedin/signed-in.", nameof(setup));
        }

        string[] oauthCallbacks = [.. setup.OAuthCallbackUrls.Select(u => u.AbsoluteUri)];
        cancellationToken.ThrowIfCancellationRequested();
        return ScriptAsync(() =>
        {
            string name = setup.ApplicationName ?? $"Emulated ATS - {setup.Id}";
            CustomerState customer = _provisioning.Provision(setup.Id, name.Length > ProvisioningModule.MaxNameLength ? name[..ProvisioningModule.MaxNameLength] : name, null, oauthCallbacks, null);
            _admin.Connect(customer, setup.OrganizationUrn, setup.ContractUrns);
            if (setup.CallbackUrl is not null)
            {
                SetCallbackUrl(customer, setup.CallbackUrl.AbsoluteUri);
            }

            if (setup.AccessLevel is { } level && level != AccessLevel.None)
            {
                _admin.Enable(customer, level, null);
            }

            return SnapshotLocked(customer);
        });
    }

    /// <summary>The current state of a customer.</summary>
    /// <param name="customerId">The customer's id (<c>uniqueForeignId</c>).</param>
    /// <returns>A snapshot.</returns>
    /// <exception cref="InvalidOperationException">No such customer.</exception>
    public EmulatedCustomer GetCustomer(string customerId) => Script(() => SnapshotLocked(_admin.Find(customerId)));

    /// <summary>The current state of a customer, or null when the emulator does not know the id.</summary>
    internal EmulatedCustomer? TryGetCustomer(string customerId)
    {
        lock (_services.State.Sync)
        {
            return _services.State.CustomersByForeignId.TryGetValue(customerId, out CustomerState? customer) ? Snapshot(customer) : null;
        }
    }

    /// <summary>
    /// The customer's LinkedIn admin connects (the onboarding widget): the organization and contracts become the
    /// customer's, with company-level integrations and one <c>CSA_API</c> per contract in status REQUESTED.
    /// </summary>
    /// <param name="customerId">A provisioned customer's id.</param>
    /// <param name="organizationUrn">The organization, or null to generate one (or keep the connected one).</param>
    /// <param name="contractUrns">Contracts to connect, or null for one generated contract.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="InvalidOperationException">No such customer, or the organization/contract belongs to another customer.</exception>
    public Task<EmulatedCustomer> ConnectAdminAsync(string customerId, OrganizationUrn? organizationUrn = null, IReadOnlyList<ContractUrn>? contractUrns = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ScriptAsync(() =>
        {
            CustomerState customer = _admin.Find(customerId);
            _admin.Connect(customer, organizationUrn, contractUrns);
            return SnapshotLocked(customer);
        });
    }

    /// <summary>
    /// The customer's LinkedIn admin enables integrations at <paramref name="accessLevel"/>; a signed
    /// <c>INTEGRATION_STATUS_CHANGE</c> push goes to the customer's callback URL if one is configured.
    /// </summary>
    /// <param name="customerId">A connected customer's id.</param>
    /// <param name="accessLevel">Company level, or contract level (adds <c>CSA_API</c>).</param>
    /// <param name="contractUrn">For contract level: the contract, or null for every connected contract.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The change's request id and push.</returns>
    /// <exception cref="InvalidOperationException">No such customer, not connected, or an unknown contract.</exception>
    public Task<EmulatorIntegrationChange> EnableIntegrationsAsync(string customerId, AccessLevel accessLevel, ContractUrn? contractUrn = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ScriptAsync(() =>
        {
            (string requestId, EmulatorPush? push) = _admin.Enable(_admin.Find(customerId), accessLevel, contractUrn);
            return new EmulatorIntegrationChange(requestId, push);
        });
    }

    /// <summary>
    /// The admin disables integrations: company level disables all of them, contract level only <c>CSA_API</c>
    /// (on <paramref name="contractUrn"/> or every contract). A push is sent as for enabling.
    /// </summary>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="accessLevel">What to disable.</param>
    /// <param name="contractUrn">For contract level: the contract, or null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The change's request id and push.</returns>
    /// <exception cref="InvalidOperationException">No such customer.</exception>
    public Task<EmulatorIntegrationChange> DisableIntegrationsAsync(string customerId, AccessLevel accessLevel, ContractUrn? contractUrn = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ScriptAsync(() =>
        {
            (string requestId, EmulatorPush? push) = _admin.Disable(_admin.Find(customerId), accessLevel, contractUrn);
            return new EmulatorIntegrationChange(requestId, push);
        });
    }

    /// <summary>
    /// Configures the customer's callback URL (CALLBACK_URL of its ONE_CLICK_EXPORT integration) as if the ATS had set
    /// it through the API, without LinkedIn's HTTPS check; it must still be unique across customers.
    /// </summary>
    /// <param name="customerId">A connected customer's id.</param>
    /// <param name="callbackUrl">The absolute callback URL.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentException">The URL is not absolute.</exception>
    /// <exception cref="InvalidOperationException">No such customer, not connected, or the URL belongs to another customer.</exception>
    public Task<EmulatedCustomer> SetCallbackUrlAsync(string customerId, Uri callbackUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        if (!callbackUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"The callback URL '{callbackUrl}' must be absolute, e.g. https://ats.example/linkedin/push.", nameof(callbackUrl));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ScriptAsync(() =>
        {
            CustomerState customer = _admin.Find(customerId);
            SetCallbackUrl(customer, callbackUrl.AbsoluteUri);
            return SnapshotLocked(customer);
        });
    }

    /// <summary>
    /// Applies seed data: a JSON document <c>{"steps":[{"method":"POST","path":"customers","body":{…}}, …]}</c> whose
    /// steps are <c>/_emulator/</c> control requests (path relative to <c>/_emulator/</c>), run in order. Every
    /// scripted action with a control endpoint can be seeded this way.
    /// </summary>
    /// <param name="seedJson">The seed document.</param>
    /// <param name="cancellationToken">Cancels the remaining steps.</param>
    /// <returns>A task completing when every step succeeded.</returns>
    /// <exception cref="InvalidOperationException">The document is malformed, or a step failed (the message names it and LinkedIn's message).</exception>
    public async Task ApplySeedAsync(string seedJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedJson);
        foreach ((int index, RawRequest request) in SeedSteps.Parse(seedJson))
        {
            cancellationToken.ThrowIfCancellationRequested();
            EmulatorResponse response = await _processor.ProcessAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Status >= 400)
            {
                throw new InvalidOperationException($"Seed step {index} ({request.Method} {request.Path}) failed with {response.Status}: {SeedSteps.Message(response)}");
            }
        }
    }

    /// <summary>Stops the HTTP server (if any) and abandons pending push retries.</summary>
    /// <returns>A task completing when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        await _services.Pushes.DisposeAsync().ConfigureAwait(false);
    }

    internal EmulatedCustomer SnapshotLocked(CustomerState customer)
    {
        lock (_services.State.Sync)
        {
            return Snapshot(customer);
        }
    }

    internal void SetCallbackUrl(CustomerState customer, string callbackUrl)
    {
        lock (_services.State.Sync)
        {
            if (customer.OrganizationUrn is null
                || !customer.Integrations.TryGetValue(IntegrationKey.Rsc(customer.OrganizationUrn, IntegrationTypes.OneClickExport), out IntegrationState? export))
            {
                throw LinkedInError.BadRequest($"Customer '{customer.UniqueForeignId}' is not connected; connect the admin before setting a callback URL.").AsException();
            }

            if (_services.State.CustomersByForeignId.Values.Any(c => c != customer && string.Equals(c.CallbackUrl, callbackUrl, StringComparison.OrdinalIgnoreCase)))
            {
                throw LinkedInError.Conflict("CALLBACK_URL must be unique per customer: this URL is already registered for another customer.").AsException();
            }

            export.Configurations[IntegrationConfigurationKeys.CallbackUrl] = callbackUrl;
            customer.CallbackVerifiedAt = null;
        }
    }

    /// <summary>Like <see cref="Script{T}"/>, reporting a refusal through the returned task.</summary>
    internal static Task<T> ScriptAsync<T>(Func<T> action)
    {
        try
        {
            return Task.FromResult(Script(action));
        }
        catch (InvalidOperationException ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    /// <summary>Runs a scripted action, turning a LinkedIn-shaped refusal into <see cref="InvalidOperationException"/>.</summary>
    internal static T Script<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (LinkedInErrorException ex)
        {
            throw new InvalidOperationException(ex.Error.Message, ex);
        }
    }

    private static EmulatedCustomer Snapshot(CustomerState customer) => new()
    {
        Id = customer.UniqueForeignId,
        ApplicationName = customer.Name,
        ApplicationUrn = customer.Application.Urn,
        Credentials = new ClientCredentials(customer.Application.ClientId, customer.Application.ClientSecret),
        OrganizationUrn = customer.OrganizationUrn is { } organization ? OrganizationUrn.Parse(organization) : null,
        ContractUrns = customer.ContractUrns.Select(ContractUrn.Parse).ToArray(),
        AccessLevel = TenantAdmin.AccessLevelOf(customer),
        Integrations = customer.Integrations.Values
            .OrderBy(i => i.Key.IntegrationContext, StringComparer.Ordinal)
            .ThenBy(i => i.Key.IntegrationType, StringComparer.Ordinal)
            .Select(i => i.ToIntegration())
            .ToArray(),
        CallbackUrl = customer.CallbackUrl is { } callback ? new Uri(callback, UriKind.Absolute) : null,
        OAuthCallbackUrls = [.. customer.OAuth2AuthorizedCallbackUrls.Select(u => new Uri(u, UriKind.Absolute))],
    };
}
