using LinkedInRsc.Customers;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// InMail stub profiles: a member who answers an InMail and shares their contact details becomes a stub profile; the
/// poller hands it to the ATS's talent-pool handler, which files the member in the "LinkedIn" talent pool (once per
/// member), and the SDK syncs the new candidate back linked to the member.
/// </summary>
internal sealed class StubProfilesFlow : ISampleFlow
{
    public string Title => "Stub profiles land in the LinkedIn talent pool";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ILinkedInSide linkedIn = context.Env.LinkedIn;
        EmulatedSeat rita = SampleCast.Require(context.Cast.Rita, "Rita", "Connect LinkedIn accounts");
        context.Cast.Alan = await linkedIn.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Alan", LastName = "Turing" }, cancellationToken).ConfigureAwait(false);
        PersonUrn alan = context.Cast.Alan.PersonUrn;

        context.Say.Say("[globex] Rita InMails Alan; Alan answers and shares his contact details.");
        string inMail = await linkedIn.SendInMailAsync(rita.SeatUrn, alan, "Codebreakers wanted", "Hi Alan, interested?", cancellationToken).ConfigureAwait(false);
        await linkedIn.ReplyToInMailAsync(inMail, "Tell me more.", shareContactDetails: true, emailAddress: "alan@bletchley.example", cancellationToken).ConfigureAwait(false);
        await ActivityPoll.RunAsync(context, SampleCast.Globex, cancellationToken).ConfigureAwait(false);

        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Globex);
        IReadOnlyList<SampleCandidate> pool = ats.TalentPool();
        foreach (SampleCandidate candidate in pool)
        {
            context.Say.Say($"[globex] Talent pool \"{SampleAtsTenant.LinkedInTalentPool}\": {candidate.Id} {candidate.FirstName} {candidate.LastName} <{candidate.Email}> = {candidate.Member}");
        }

        SampleCandidate? filed = pool.FirstOrDefault(c => c.Member == alan);
        SampleCheckException.Expect(filed?.Email == "alan@bletchley.example", "Alan is not in the LinkedIn talent pool with the address he shared.");
        ICustomerClient globex = await context.ClientAsync(SampleCast.Globex, cancellationToken).ConfigureAwait(false);
        bool syncedBack = (await linkedIn.GetSyncedDataAsync(globex.Customer.Organization!.Value, cancellationToken).ConfigureAwait(false)).Candidates.Any(c => c.AtsCandidateId == filed!.Id && c.ManualMatchedMemberUrn == alan);
        context.Say.Say($"[globex] The SDK synced {filed!.Id} back to LinkedIn linked to Alan: {syncedBack}.");
        SampleCheckException.Expect(syncedBack, "the stub's candidate was not synced back linked to the member.");
    }
}
