using LinkedInRsc.Customers;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;

namespace LinkedInRsc.Samples.AtsWeb;

/// <summary>The onboarding steps the admin pages run: provision, record the widget's answer, configure.</summary>
public sealed class AtsWebComposition(OnboardingWorkflow workflow, EmulatedLinkedIn linkedIn, AtsWebSettings settings)
{
    /// <summary>Runs (or re-runs) the onboarding workflow for a customer.</summary>
    public Task<OnboardingReport> OnboardAsync(string customerId, CancellationToken cancellationToken = default) =>
        workflow.RunAsync(
            new OnboardingRequest
            {
                CustomerId = customerId,
                ApplicationName = "Sample ATS - " + customerId,
                DisplayName = "Sample ATS (" + customerId + ")",
                CallbackUrl = new Uri(settings.PublicOrigin, $"/linkedin/{Uri.EscapeDataString(customerId)}/callback"),
                JsSdkDomains = linkedIn.Forwarder.LocalOrigin is { } local ? [local.GetLeftPart(UriPartial.Authority)] : [],
            },
            cancellationToken);

    /// <summary>Records what the onboarding widget reported, finishes onboarding, and gives the customer its recruiters.</summary>
    public async Task<OnboardingReport> RecordWidgetAndOnboardAsync(string customerId, OnboardingWidgetResult widget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(widget);
        await workflow.RecordWidgetCallbackAsync(customerId, widget, cancellationToken: cancellationToken);
        OnboardingReport report = await OnboardAsync(customerId, cancellationToken);
        await linkedIn.EnsureRecruitersAsync(customerId, cancellationToken);
        return report;
    }

    /// <summary>At start-up: rebuilds LinkedIn's side from the ATS's records and syncs jobs and candidates back.</summary>
    public static async Task RestoreAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        EmulatedLinkedIn linkedIn = services.GetRequiredService<EmulatedLinkedIn>();
        await linkedIn.RestoreAsync(cancellationToken);
        ICustomerDirectory directory = services.GetRequiredService<ICustomerDirectory>();
        ICustomerClientFactory clients = services.GetRequiredService<ICustomerClientFactory>();
        AtsWebComposition composition = services.GetRequiredService<AtsWebComposition>();
        await foreach (Customer customer in directory.ListAsync(cancellationToken))
        {
            if (customer.Organization is not null)
            {
                // Names, callback URL and viewer configurations: what the workflow configured on LinkedIn's side.
                await composition.OnboardAsync(customer.CustomerId, cancellationToken);
            }

            if (customer.Features.HasFlag(Features.InAtsIndicator))
            {
                await EmulatedLinkedIn.SyncBackAsync(
                    await clients.ForCustomerAsync(customer.CustomerId, cancellationToken),
                    services.GetRequiredService<AtsStore>(),
                    services.GetRequiredService<TimeProvider>(),
                    cancellationToken);
            }
        }
    }
}
