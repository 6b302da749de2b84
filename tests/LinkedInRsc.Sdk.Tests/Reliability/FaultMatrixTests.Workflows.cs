using System.Net;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Notifications;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// The matrix's workflow columns: onboarding (provisioning, then the integration settings), a 1-click export push
/// reaching the SDK's push processor, and reading a candidate's matches. (The profile widget makes no LinkedIn call of
/// the SDK's: the browser loads it.)
/// </summary>
public sealed partial class FaultMatrixTests
{
    private const string Onboarded = "globex";

    private static Subject[] WorkflowSubjects() =>
    [
        new("OnboardingWorkflow (provision)", OnboardingProvisionCellAsync),
        new("OnboardingWorkflow (integrations)", OnboardingIntegrationsCellAsync),
        new("PushProcessor (export push)", ExportPushCellAsync),
        new("Candidates.GetMatchesAsync", MatchesCellAsync),
    ];

    private static OnboardingRequest OnboardingOf(string id) => new()
    {
        CustomerId = id,
        ApplicationName = "Our ATS - " + id,
        DisplayName = id,
        CallbackUrl = new Uri($"https://ats.example/linkedin/{id}/callback"),
        JsSdkDomains = ["https://" + id + ".ats.example"],
        OAuthCallbackUrls = [new Uri($"https://{id}.ats.example/linkedin/oauth")],
    };

    /// <summary>What an onboarding run did: every step done, or the first step that failed.</summary>
    private static string Steps(OnboardingReport report) =>
        report.Steps.FirstOrDefault(s => s.Outcome == OnboardingStepOutcome.Failed) is { } failed
            ? $"'{failed.Name}' failed"
            : string.Join(", ", report.Steps.Select(s => s.Outcome).Distinct()).ToLowerInvariant();

    /// <summary>The first onboarding run (provisioning) meets the fault; the re-run converges on one application.</summary>
    private static async Task<string> OnboardingProvisionCellAsync(Func<string, EmulatorFault> fault)
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(sdk: SdkDefaults);
        OnboardingWorkflow workflow = h.Services.GetRequiredService<OnboardingWorkflow>();
        h.Emulator.Faults.Add(fault("/v2/provisionedApplications"));
        string cell = await TypedAsync(async () => Steps(await h.DriveAsync(() => workflow.RunAsync(OnboardingOf(Onboarded)))));

        h.Emulator.Faults.Clear();
        OnboardingReport again = await h.DriveAsync(() => workflow.RunAsync(OnboardingOf(Onboarded)));
        Customer? known = await h.Services.GetRequiredService<ICustomerDirectory>().FindAsync(Onboarded);
        var provisioned = await h.DriveAsync(() => h.Services.GetRequiredService<Provisioning.IProvisioningClient>().GetAsync(Onboarded));
        Assert.Multiple(() =>
        {
            Assert.That(again.Steps[0].Outcome, Is.AnyOf(OnboardingStepOutcome.Succeeded, OnboardingStepOutcome.AlreadyDone), $"{cell}; re-run: {again.Steps[0]}");
            Assert.That(provisioned?.ApplicationUrn, Is.Not.Null.And.EqualTo(known?.ApplicationUrn), "one child application, the one the directory holds");
            Assert.That(known?.Credentials?.ClientId, Is.EqualTo(provisioned?.Credentials.ClientId), "the directory holds the application's credentials");
        });
        if (cell.StartsWith("succeeded", StringComparison.Ordinal))
        {
            Assert.That(again.Steps[0].Outcome, Is.EqualTo(OnboardingStepOutcome.AlreadyDone), "a provisioning reported done is not done again");
        }

        return cell;
    }

    /// <summary>
    /// Provisioned and connected (the admin went through the widget), the run that names the integrations, sets the
    /// callback and the viewers meets the fault on <c>atsIntegrations</c>; the re-run completes.
    /// </summary>
    private static async Task<string> OnboardingIntegrationsCellAsync(Func<string, EmulatorFault> fault)
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(o => o.PushHandler = new AcceptingPushes(), sdk: SdkDefaults);
        OnboardingWorkflow workflow = h.Services.GetRequiredService<OnboardingWorkflow>();
        await h.DriveAsync(() => workflow.RunAsync(OnboardingOf(Onboarded)));
        EmulatedCustomer connected = await h.Emulator.ConnectAdminAsync(Onboarded);
        string widgetJson = $$"""[{"integrationContext":"{{connected.OrganizationUrn}}","integrationType":"ONE_CLICK_EXPORT","onboardingStatus":"REQUESTED"},{"integrationContext":"{{connected.ContractUrns[0]}}","integrationType":"CSA_API","onboardingStatus":"REQUESTED"}]""";
        await workflow.RecordWidgetCallbackAsync(Onboarded, OnboardingWidget.ParseCallback(widgetJson));

        h.Emulator.Faults.Add(fault("/v2/atsIntegrations"));
        string cell = await TypedAsync(async () =>
        {
            OnboardingReport report = await h.DriveAsync(() => workflow.RunAsync(OnboardingOf(Onboarded)));
            return report.Completed ? "completed" : Steps(report);
        });

        h.Emulator.Faults.Clear();
        OnboardingReport again = await h.DriveAsync(() => workflow.RunAsync(OnboardingOf(Onboarded)));
        ICustomerClient client = await h.Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync(Onboarded);
        Uri? callback = await h.DriveAsync(() => client.Integrations.GetCallbackUrlAsync());
        Assert.Multiple(() =>
        {
            Assert.That(again.Completed, Is.True, $"{cell}; re-run: {string.Join("; ", again.Steps)}");
            Assert.That(callback, Is.EqualTo(OnboardingOf(Onboarded).CallbackUrl));
        });
        return cell;
    }

    /// <summary>
    /// A recruiter exports Ada to JOB-1; the push reaches the SDK's processor, whose read of the export (and sync-back)
    /// meets the fault. The push is acknowledged only once the ATS holds the candidate; a failure answers non-success
    /// and LinkedIn's next delivery places it, once.
    /// </summary>
    private static async Task<string> ExportPushCellAsync(Func<string, EmulatorFault> fault)
    {
        await using PushScenario s = await PushScenario.StartAsync(sdk: SdkDefaults);
        int before = s.Harness.SdkCallback!.Results.Count; // the callback URL's challenge
        s.Emulator.Faults.Add(fault("/v2/exportedCandidates"));
        EmulatedExport export = await s.Harness.DriveAsync(async () =>
        {
            EmulatedExport started = await s.Emulator.ExportCandidateAsync("acme", s.Ada.PersonUrn, "JOB-1", s.Recruiter.SeatUrn);
            await started.Push.WaitForAttemptsAsync(1);
            return started;
        });
        EmulatorPushAttempt first = export.Push.Attempts[0];
        PushResult processed = s.Harness.SdkCallback.Results.Skip(before).First(r => r.Notifications.Any(n => n.RequestId == export.RequestId)); // not a set-up push
        bool acknowledged = first.StatusCode is { } status && (int)status is >= 200 and < 300;
        string cell = acknowledged
            ? processed.ExportRefusals.Count > 0 ? $"acked, refused ({processed.ExportRefusals[0].Reason})" : "acked, placed"
            : $"{(first.StatusCode is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer")}, not acked";
        if (acknowledged && processed.ExportRefusals.Count == 0)
        {
            Assert.That(s.Ats.Candidates, Has.Count.EqualTo(1), "acknowledged only once the ATS holds the candidate");
        }

        // LinkedIn delivers again on its schedule (the emulator's backoff on the shared clock), the fault gone.
        s.Emulator.Faults.Clear();
        while (export.Push.State == EmulatorPushState.Pending)
        {
            int attempts = export.Push.Attempts.Count;
            if (export.Push.Attempts[^1].NextAttemptAt is { } next && next > s.Harness.Time.GetUtcNow())
            {
                s.Harness.Time.Advance(next - s.Harness.Time.GetUtcNow());
            }

            await s.Harness.DriveAsync(async () =>
            {
                await export.Push.WaitForAttemptsAsync(attempts + 1);
                return attempts;
            });
        }

        EmulatorPushState final = export.Push.State;
        if (!acknowledged)
        {
            cell += final == EmulatorPushState.Delivered ? "; redelivered: placed" : $"; {final}";
        }

        Assert.Multiple(() =>
        {
            Assert.That(final, Is.EqualTo(EmulatorPushState.Delivered), cell);
            if (processed.ExportRefusals.Count == 0 || !acknowledged)
            {
                Assert.That(s.Ats.Candidates, Has.Count.EqualTo(1), $"{cell}: placed once");
                Assert.That(s.Ats.Applications, Has.Count.EqualTo(1), $"{cell}: one application");
                Assert.That(s.Harness.Synced.Candidates, Has.Count.EqualTo(1), $"{cell}: synced back once");
            }
            else
            {
                Assert.That(s.Ats.Candidates, Is.Empty, $"{cell}: a refused export places nothing");
            }
        });
        return cell;
    }

    /// <summary>One candidate matched by e-mail and one never synced: the answer is right, or a typed failure.</summary>
    private static async Task<string> MatchesCellAsync(Func<string, EmulatorFault> fault)
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(sdk: SdkDefaults);
        await h.AddSdkCustomerAsync();
        EmulatedMember grace = await h.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Grace", LastName = "Hopper", EmailAddresses = ["grace@navy.example"] });
        BatchResult<string> upserted = await h.DriveAsync(() => h.Client.Candidates.UpsertAsync([LinkedInRsc.Tests.Support.AtsData.Candidate("M1") with { FirstName = "Someone", LastName = "Else", EmailAddresses = ["grace@navy.example"] }]));
        Assert.That(upserted.IsSuccess, Is.True);

        h.Emulator.Faults.Add(fault("/v2/atsCandidates"));
        string cell = await TypedAsync(async () =>
        {
            IReadOnlyList<CandidateMatch> matches = await h.DriveAsync(() => h.Client.Candidates.GetMatchesAsync(["M1", "NEVER-SYNCED"]));
            Assert.That((matches[0].Outcome, matches[0].Member, matches[1].Outcome), Is.EqualTo((MatchOutcome.ExactMatch, (PersonUrn?)grace.PersonUrn, MatchOutcome.NotSynced)),
                "an answer given is the right one: never 'not synced' or 'no match' from an answer that could not be read");
            return "right answer";
        });
        return cell;
    }

    private sealed class AcceptingPushes : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
