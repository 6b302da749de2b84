using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// Enablement: LinkedIn's admin turns the integrations on in Recruiter; LinkedIn pushes INTEGRATION_STATUS_CHANGE to
/// the customer's callback URL; the SDK's push processor checks the signature, records the new access level in the
/// customer directory and acknowledges. Features follow the level: Acme (company level) is refused InMail history
/// before any request.
/// </summary>
internal sealed class EnablementFlow : ISampleFlow
{
    public string Title => "LinkedIn enables both customers (status-change pushes through the SDK's push processor)";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ContractUrn globexContract = SampleCast.Require(context.Cast.GlobexContract, "Globex's contract", "Onboard");
        await EnableAsync(context, SampleCast.Acme, AccessLevel.Company, null, cancellationToken).ConfigureAwait(false);
        await EnableAsync(context, SampleCast.Globex, AccessLevel.Contract, globexContract, cancellationToken).ConfigureAwait(false);

        ICustomerClient acme = await context.ClientAsync(SampleCast.Acme, cancellationToken).ConfigureAwait(false);
        try
        {
            acme.EnsureAllowed(Features.InMailHistory);
            throw new SampleCheckException("Acme is at company level, yet InMail history was allowed.");
        }
        catch (FeatureNotEnabledException ex)
        {
            context.Say.Say($"[acme] Gating, before any request: {ex.Message}");
        }
    }

    private static async Task EnableAsync(SampleContext context, string customerId, AccessLevel level, ContractUrn? contract, CancellationToken cancellationToken)
    {
        context.Say.Say($"[{customerId}] LinkedIn's admin enables {level}-level access{(contract is null ? string.Empty : " on " + contract)}.");
        LinkedInPush push = await context.Env.LinkedIn.EnableIntegrationsAsync(customerId, level, contract, cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[{customerId}] Push {push.EventType} {push.RequestId}: {push.State} after {push.Attempts} attempt(s), answered {push.LastStatusCode}.");
        SampleCheckException.Expect(push.State == EmulatorPushState.Delivered, $"{customerId}: the status-change push was not acknowledged.");

        ICustomerClient client = await context.ClientAsync(customerId, cancellationToken).ConfigureAwait(false);
        SampleCheckException.Expect(client.Customer.AccessLevel == level, $"{customerId}: the directory holds {client.Customer.AccessLevel}, not {level}.");
        CustomerStatus status = await client.Integrations.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[{customerId}] The directory now says {client.Customer.AccessLevel} level; LinkedIn says {status.State}; features: {client.Customer.Features}.");
        SampleCheckException.Expect(status.State == OnboardingState.Enabled, $"{customerId}: LinkedIn says {status.State}.");

        OnboardingReport report = await context.Env.Workflow.RunAsync(OnboardingFlow.RequestFor(context.Env, customerId), cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[{customerId}] The onboarding workflow verifies: {(report.Completed ? "complete" : "not complete")}.");
        SampleCheckException.Expect(report.Completed, $"{customerId}: onboarding did not complete: {string.Join("; ", report.Steps.Where(s => s.Outcome != OnboardingStepOutcome.Succeeded && s.Outcome != OnboardingStepOutcome.AlreadyDone).Select(s => $"{s.Name} {s.Outcome} {s.Detail}"))}");
    }
}
