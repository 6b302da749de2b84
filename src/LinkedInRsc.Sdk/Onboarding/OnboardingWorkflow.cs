using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Provisioning;

namespace LinkedInRsc.Onboarding;

/// <summary>
/// Onboards a customer in order — provision the child application, (after the customer's admin connected through the
/// onboarding widget) name the integrations, set the callback URL and viewer configurations, and read the status —
/// idempotently: re-running after a failure half-way repeats nothing that would duplicate.
/// </summary>
public sealed class OnboardingWorkflow
{
    /// <summary>Step name: provision the child application.</summary>
    public const string ProvisionStep = "Provision child application";

    /// <summary>Step name: name the integrations.</summary>
    public const string NameIntegrationsStep = "Name integrations";

    /// <summary>Step name: set the callback URL.</summary>
    public const string CallbackStep = "Set CALLBACK_URL";

    /// <summary>Step name: set the viewer configurations.</summary>
    public const string ViewersStep = "Set viewer configurations";

    /// <summary>Step name: read the status.</summary>
    public const string VerifyStep = "Verify integrations";

    private readonly IProvisioningClient _provisioning;
    private readonly ICustomerClientFactory _clients;
    private readonly ICustomerDirectory _directory;

    /// <summary>Creates the workflow (normally resolved from DI).</summary>
    /// <param name="provisioning">The partner's provisioning client.</param>
    /// <param name="clients">The customer-scoped client factory.</param>
    /// <param name="directory">The customer directory.</param>
    public OnboardingWorkflow(IProvisioningClient provisioning, ICustomerClientFactory clients, ICustomerDirectory directory)
    {
        _provisioning = provisioning ?? throw new ArgumentNullException(nameof(provisioning));
        _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
    }

    /// <summary>
    /// Records what the onboarding widget's callback reported (the organization and contracts the customer's admin
    /// connected) in the customer directory. Contracts keep the access level already known; new ones start at none.
    /// </summary>
    /// <remarks>
    /// An admin with seats on several Recruiter contracts is asked to "select the contract that you would like to
    /// connect": pass that choice as <paramref name="contract"/> and only it is recorded (and so named, configured and
    /// gated by the rest of the workflow), whatever else the widget reported. Without a choice every reported contract is
    /// recorded.
    /// </remarks>
    /// <param name="customerId">The customer.</param>
    /// <param name="widget">The parsed callback (<see cref="OnboardingWidget.ParseCallback"/>).</param>
    /// <param name="contract">The contract the admin chose to connect, or <see langword="null"/> to record every reported contract.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="contract"/> is not one of the contracts the widget reported (nothing is recorded).</exception>
    /// <exception cref="CustomerNotFoundException">The customer was never provisioned.</exception>
    /// <exception cref="InvalidOperationException">The widget names another organization than the one already connected.</exception>
    public async Task<Customer> RecordWidgetCallbackAsync(string customerId, OnboardingWidgetResult widget, ContractUrn? contract = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(widget);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        if (contract is { } chosen && !widget.Contracts.Contains(chosen))
        {
            throw new ArgumentException(
                $"The chosen contract {chosen} is not among the {widget.Contracts.Count} contract(s) the onboarding widget reported for customer '{customerId}' ({string.Join(", ", widget.Contracts)}): pass one of them, or null to record them all.",
                nameof(contract));
        }

        Customer customer = await _directory.FindAsync(customerId, cancellationToken).ConfigureAwait(false)
            ?? throw new CustomerNotFoundException(customerId);
        if (customer.Organization is { } known && widget.Organization is { } reported && known != reported)
        {
            throw new InvalidOperationException(
                $"Customer '{customerId}' is connected to {known}, but the widget reported {reported}: one child application serves one organization.");
        }

        var contracts = customer.Contracts.ToList();
        if (contract is { } only)
        {
            contracts.RemoveAll(c => c.Urn != only);
        }

        foreach (ContractUrn listed in widget.Contracts)
        {
            if ((contract is null || listed == contract) && !contracts.Exists(c => c.Urn == listed))
            {
                contracts.Add(new RecruiterContract(listed, AccessLevel.None));
            }
        }

        Customer updated = customer with { Organization = widget.Organization ?? customer.Organization, Contracts = contracts };
        await _directory.SaveAsync(updated, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    /// <summary>Runs (or resumes) the onboarding of one customer.</summary>
    /// <param name="request">What to set up.</param>
    /// <param name="cancellationToken">Cancels the run between or during steps.</param>
    /// <returns>Each step's outcome; a failed step is reported, not thrown.</returns>
    /// <exception cref="ArgumentException">The request is invalid (checked before anything is sent).</exception>
    public async Task<OnboardingReport> RunAsync(OnboardingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProvisioningRules.Validate(new ProvisionCustomerRequest
        {
            CustomerId = request.CustomerId,
            Name = request.ApplicationName,
            JsSdkDomains = request.JsSdkDomains,
            OAuthCallbackUrls = request.OAuthCallbackUrls,
        });
        ArgumentNullException.ThrowIfNull(request.CallbackUrl);
        if (!CallbackUrlRules.IsAllowed(request.CallbackUrl))
        {
            throw new ArgumentException($"OnboardingRequest.CallbackUrl must be {CallbackUrlRules.Requirement}, got '{request.CallbackUrl}'.", nameof(request));
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            throw new ArgumentException("OnboardingRequest.DisplayName is required.", nameof(request));
        }

        var steps = new List<OnboardingStep>();
        CustomerStatus? status = null;
        string[] remaining = [NameIntegrationsStep, CallbackStep, ViewersStep, VerifyStep];
        try
        {
            steps.Add(await ProvisionAsync(request, cancellationToken).ConfigureAwait(false));
            ICustomerClient client = await _clients.ForCustomerAsync(request.CustomerId, cancellationToken).ConfigureAwait(false);
            if (client.Customer.Organization is null)
            {
                steps.AddRange(remaining.Select(name => new OnboardingStep(
                    name, OnboardingStepOutcome.Waiting, "The customer's admin has not connected LinkedIn yet: show the onboarding widget, record its callback, then re-run.")));
                return new OnboardingReport { CustomerId = request.CustomerId, Steps = steps };
            }

            await RunStepAsync(steps, NameIntegrationsStep, async () =>
            {
                IReadOnlyList<Integration> named = await client.Integrations.NameIntegrationsAsync(request.DisplayName, cancellationToken).ConfigureAwait(false);
                return (OnboardingStepOutcome.Succeeded, $"{named.Count} integration(s) named");
            }).ConfigureAwait(false);

            await RunStepAsync(steps, CallbackStep, async () =>
            {
                Uri? current = await client.Integrations.GetCallbackUrlAsync(cancellationToken).ConfigureAwait(false);
                if (current is not null && current == request.CallbackUrl && client.Customer.CallbackUrl == request.CallbackUrl)
                {
                    return (OnboardingStepOutcome.AlreadyDone, null);
                }

                await client.Integrations.SetCallbackUrlAsync(request.CallbackUrl, cancellationToken).ConfigureAwait(false);
                return (OnboardingStepOutcome.Succeeded, null);
            }).ConfigureAwait(false);

            await RunStepAsync(steps, ViewersStep, async () =>
            {
                if (request.SyncsAcls)
                {
                    await client.Integrations.RemoveViewersAsync(cancellationToken).ConfigureAwait(false);
                    return (OnboardingStepOutcome.Succeeded, "viewer configurations removed: visibility comes from synced ACLs");
                }

                await client.Integrations.SetAllProductUsersViewersAsync(cancellationToken).ConfigureAwait(false);
                return (OnboardingStepOutcome.Succeeded, "JOB_POSTING_VIEWERS and APPLICATION_VIEWERS = ALL_PRODUCT_USERS");
            }).ConfigureAwait(false);

            await RunStepAsync(steps, VerifyStep, async () =>
            {
                status = await client.Integrations.GetStatusAsync(cancellationToken).ConfigureAwait(false);
                return (OnboardingStepOutcome.Succeeded, $"{status.State}, access level {status.AccessLevel}");
            }).ConfigureAwait(false);
        }
        catch (StepFailedException failed)
        {
            // Reported in steps; the remaining ones did not run.
            if (!steps.Contains(failed.Step))
            {
                steps.Add(failed.Step);
            }
        }

        foreach (string name in new[] { ProvisionStep }.Concat(remaining))
        {
            if (!steps.Exists(s => s.Name == name))
            {
                steps.Add(new OnboardingStep(name, OnboardingStepOutcome.NotRun));
            }
        }

        return new OnboardingReport { CustomerId = request.CustomerId, Steps = steps, Status = status };
    }

    private async Task<OnboardingStep> ProvisionAsync(OnboardingRequest request, CancellationToken cancellationToken)
    {
        Customer? existing = await _directory.FindAsync(request.CustomerId, cancellationToken).ConfigureAwait(false);
        if (existing?.Credentials is not null && existing.ApplicationUrn is not null)
        {
            return new OnboardingStep(ProvisionStep, OnboardingStepOutcome.AlreadyDone);
        }

        ProvisionedApplication application;
        try
        {
            application = await _provisioning.ProvisionAsync(
                new ProvisionCustomerRequest
                {
                    CustomerId = request.CustomerId,
                    Name = request.ApplicationName,
                    JsSdkDomains = request.JsSdkDomains,
                    OAuthCallbackUrls = request.OAuthCallbackUrls,
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LinkedInRscException or HttpRequestException or TimeoutException)
        {
            throw new StepFailedException(new OnboardingStep(ProvisionStep, OnboardingStepOutcome.Failed, ex.Message), ex);
        }

        Customer customer = (existing ?? new Customer { CustomerId = request.CustomerId }) with
        {
            Credentials = application.Credentials,
            ApplicationUrn = application.ApplicationUrn,
        };
        await _directory.SaveAsync(customer, cancellationToken).ConfigureAwait(false);
        return new OnboardingStep(ProvisionStep, OnboardingStepOutcome.Succeeded, application.ApplicationUrn);
    }

    private static async Task RunStepAsync(List<OnboardingStep> steps, string name, Func<Task<(OnboardingStepOutcome Outcome, string? Detail)>> step)
    {
        try
        {
            (OnboardingStepOutcome outcome, string? detail) = await step().ConfigureAwait(false);
            steps.Add(new OnboardingStep(name, outcome, detail));
        }
        catch (Exception ex) when (ex is LinkedInRscException or HttpRequestException or TimeoutException)
        {
            steps.Add(new OnboardingStep(name, OnboardingStepOutcome.Failed, ex.Message));
            throw new StepFailedException(steps[^1], ex);
        }
    }

    private sealed class StepFailedException(OnboardingStep step, Exception inner) : Exception(step.Detail, inner)
    {
        public OnboardingStep Step { get; } = step;
    }
}
