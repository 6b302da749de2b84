using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// Onboarding: the ATS provisions a child application per customer, the customer's admin connects in the onboarding
/// widget (Globex has two Recruiter contracts and picks one), and the workflow names the integrations, sets the callback
/// URL and the job viewers — then waits for LinkedIn to enable the customer.
/// </summary>
internal sealed class OnboardingFlow : ISampleFlow
{
    public string Title => "Onboard a company-level customer (Acme) and a contract-level one (Globex)";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    /// <summary>What the ATS asks the workflow for a customer (the same request on every run: the workflow is idempotent).</summary>
    public static OnboardingRequest RequestFor(SampleEnvironment env, string customerId) => new()
    {
        CustomerId = customerId,
        ApplicationName = $"Sample ATS - {customerId}",
        DisplayName = customerId,
        CallbackUrl = env.CallbackUrlOf(customerId),
        JsSdkDomains = [$"https://{customerId}.ats.example"],
        OAuthCallbackUrls = [UserConnectionFlow.RedirectUriOf(customerId)],
    };

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        await OnboardAsync(context, SampleCast.Acme, contracts: null, cancellationToken).ConfigureAwait(false);
        ContractUrn[] globexContracts = [ContractUrn.FromId(700_001), ContractUrn.FromId(700_002)];
        await OnboardAsync(context, SampleCast.Globex, globexContracts, cancellationToken).ConfigureAwait(false);
    }

    private static async Task OnboardAsync(SampleContext context, string customerId, IReadOnlyList<ContractUrn>? contracts, CancellationToken cancellationToken)
    {
        Narrator say = context.Say;
        OnboardingRequest request = RequestFor(context.Env, customerId);
        say.Say($"[{customerId}] The ATS starts onboarding: the workflow provisions a child application on LinkedIn.");
        OnboardingReport first = await context.Env.Workflow.RunAsync(request, cancellationToken).ConfigureAwait(false);
        Print(say, first);
        Expect(first, OnboardingWorkflow.ProvisionStep, OnboardingStepOutcome.Succeeded, OnboardingStepOutcome.AlreadyDone);

        Customer provisioned = (await context.Env.Directory.FindAsync(customerId, cancellationToken).ConfigureAwait(false))!;
        string widget = OnboardingWidget.RenderHtml(new OnboardingWidgetSettings { ApiKey = provisioned.Credentials!.ClientId, CallbackFunctionName = "onIntegrate" });
        say.Say($"[{customerId}] Its admin opens the onboarding widget ({widget.Length} characters of HTML with the child application's key) and signs in to LinkedIn.");
        ConnectedAdmin connected = await context.Env.LinkedIn.ConnectAdminAsync(customerId, contracts, cancellationToken).ConfigureAwait(false);
        ContractUrn chosen = connected.ContractUrns[^1];
        if (connected.ContractUrns.Count > 1)
        {
            say.Say($"[{customerId}] The company has {connected.ContractUrns.Count} Recruiter contracts ({string.Join(", ", connected.ContractUrns)}); the admin picks {chosen}.");
            context.Cast.GlobexContract = chosen;
        }

        // The widget reports the organization and every contract the admin has a seat on; the ATS records the chosen one.
        string contractEntries = string.Concat(connected.ContractUrns.Select(c => $$""",{"integrationContext":"{{c}}","integrationType":"CSA_API","onboardingStatus":"REQUESTED"}"""));
        string callback = $$"""[{"integrationContext":"{{connected.OrganizationUrn}}","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED"}{{contractEntries}}]""";
        Customer recorded = await context.Env.Workflow.RecordWidgetCallbackAsync(customerId, OnboardingWidget.ParseCallback(callback), chosen, cancellationToken).ConfigureAwait(false);
        say.Say($"[{customerId}] The widget's callback names organization {recorded.Organization} and contract {string.Join(", ", recorded.Contracts.Select(c => c.Urn))}.");
        SampleCheckException.Expect(recorded.Organization == connected.OrganizationUrn, $"{customerId}: the widget's organization was not recorded.");
        SampleCheckException.Expect(recorded.Contracts.Select(c => c.Urn).SequenceEqual([chosen]), $"{customerId}: the recorded contracts are not the one the admin chose.");

        say.Say($"[{customerId}] The workflow runs again: integrations named, CALLBACK_URL set (LinkedIn challenges it), viewers set.");
        OnboardingReport second = await context.Env.Workflow.RunAsync(request, cancellationToken).ConfigureAwait(false);
        Print(say, second);
        Expect(second, OnboardingWorkflow.NameIntegrationsStep, OnboardingStepOutcome.Succeeded, OnboardingStepOutcome.AlreadyDone);
        Expect(second, OnboardingWorkflow.CallbackStep, OnboardingStepOutcome.Succeeded, OnboardingStepOutcome.AlreadyDone);
        SampleCheckException.Expect(second.Steps.All(s => s.Outcome != OnboardingStepOutcome.Failed), $"{customerId}: a step failed.");
        say.Say($"[{customerId}] LinkedIn now says {second.Status?.State}: the partner side is ready; LinkedIn's admin has yet to enable the customer.");
        SampleCheckException.Expect(second.Status?.State == OnboardingState.PartnerReady, $"{customerId}: LinkedIn says {second.Status?.State}, not PartnerReady.");
    }

    private static void Print(Narrator say, OnboardingReport report)
    {
        foreach (OnboardingStep step in report.Steps)
        {
            say.Say($"    {step.Name,-28} {step.Outcome,-12} {step.Detail}");
        }
    }

    private static void Expect(OnboardingReport report, string step, params OnboardingStepOutcome[] outcomes)
    {
        OnboardingStep? found = report.Steps.FirstOrDefault(s => s.Name == step);
        SampleCheckException.Expect(found is not null && outcomes.Contains(found.Outcome), $"{report.CustomerId}: step \"{step}\" was {found?.Outcome.ToString() ?? "missing"} ({found?.Detail}).");
    }
}
