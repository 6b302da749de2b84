using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// 1-click export: a recruiter on job J1's hiring team exports a member from Recruiter; LinkedIn pushes
/// EXPORT_CANDIDATE_PROFILE; the SDK's push processor reads the export and hands it to the ATS's export handler, which
/// checks <see cref="ExportPolicy.Check"/> and places the member in J1's Prospect stage; the SDK syncs the new
/// candidate back with the member attached. A recruiter who is not on J2's hiring team is refused.
/// </summary>
internal sealed class ExportFlow : ISampleFlow
{
    public string Title => "1-click export into a job's Prospect stage, and a refused one";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ILinkedInSide linkedIn = context.Env.LinkedIn;
        EmulatedMember grace = SampleCast.Require(context.Cast.Grace, "Grace", "Matching");
        ICustomerClient acme = await context.ClientAsync(SampleCast.Acme, cancellationToken).ConfigureAwait(false);
        ContractUrn contract = acme.Customer.Contracts[0].Urn;
        EmulatedSeat rae = await linkedIn.AddSeatAsync(contract, PersonUrn.FromId("raecruiter"), "Rae", "Cruiter", cancellationToken).ConfigureAwait(false);
        EmulatedSeat otto = await linkedIn.AddSeatAsync(contract, PersonUrn.FromId("ottosourcer"), "Otto", "Sourcer", cancellationToken).ConfigureAwait(false);
        context.Cast.AcmeRecruiter = rae;
        context.Cast.AcmeSourcer = otto;
        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Acme);
        ats.AddJob(new SampleJob { Id = "J1", Title = "Engineer J1", HiringTeam = [new HiringTeamMember(HiringTeamRole.Recruiter, rae.SeatUrn)] });
        ats.AddJob(new SampleJob { Id = "J2", Title = "Engineer J2", HiringTeam = [new HiringTeamMember(HiringTeamRole.Recruiter, rae.SeatUrn)] });
        context.Cast.Linus = await linkedIn.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Linus", LastName = "Torvalds", EmailAddresses = ["linus@kernel.example"] }, cancellationToken).ConfigureAwait(false);

        context.Say.Say("[acme] Rae (on J1's hiring team) clicks \"Export to ATS\" on Linus's profile for J1.");
        LinkedInPush accepted = await linkedIn.ExportCandidateAsync(SampleCast.Acme, context.Cast.Linus.PersonUrn, "J1", rae.SeatUrn, cancellationToken).ConfigureAwait(false);
        EmulatorPushState state = accepted.State;
        SampleCandidate? placed = ats.Candidates.FirstOrDefault(c => c.Member == context.Cast.Linus.PersonUrn);
        SampleApplication? application = placed is null ? null : ats.Applications.FirstOrDefault(a => a.CandidateId == placed.Id && a.JobId == "J1");
        context.Say.Say($"[acme] Push {accepted.RequestId} {state}; the ATS placed {placed?.ToString() ?? "nobody"} in J1's {application?.Stage ?? "(none)"} stage (source: {application?.Source}).");
        SampleCheckException.Expect(state == EmulatorPushState.Delivered, "the export push was not acknowledged.");
        SampleCheckException.Expect(application?.Stage == ExportPolicy.ProspectStage, "the exported member is not in J1's Prospect stage.");
        bool syncedBack = (await linkedIn.GetSyncedDataAsync(acme.Customer.Organization!.Value, cancellationToken).ConfigureAwait(false)).Candidates.Any(c => c.AtsCandidateId == placed!.Id && c.ManualMatchedMemberUrn == context.Cast.Linus.PersonUrn);
        context.Say.Say($"[acme] The SDK synced {placed!.Id} back to LinkedIn with the member attached: {syncedBack}.");
        SampleCheckException.Expect(syncedBack, "the exported candidate was not synced back with the member.");

        context.Say.Say("[acme] Otto (not on J2's hiring team) exports Grace for J2.");
        int refusalsBefore = ats.Refusals.Count;
        LinkedInPush refused = await linkedIn.ExportCandidateAsync(SampleCast.Acme, grace.PersonUrn, "J2", otto.SeatUrn, cancellationToken).ConfigureAwait(false);
        EmulatorPushState refusedState = refused.State;
        ExportRefusal? refusal = ats.Refusals.Skip(refusalsBefore).FirstOrDefault();
        context.Say.Say($"[acme] Push {refused.RequestId} {refusedState}; the ATS refused it: {refusal?.Reason} ({refusal?.Message}).");
        SampleCheckException.Expect(refusal?.Reason == ExportRefusalReason.ExporterNotOnHiringTeam, "the export by someone off the hiring team was not refused.");
        SampleCheckException.Expect(!ats.Candidates.Any(c => c.Member == grace.PersonUrn), "the refused member became a candidate.");
    }
}
