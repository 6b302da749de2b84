using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// Purged profiles: a member exported to the ATS closes their LinkedIn profile; the SDK's purged-candidates check
/// (weekly by default, <c>AddPurgedCandidatesCheck()</c>) hands them to the ATS's <see cref="IPurgedCandidateHandler"/>,
/// which deletes the candidate — in the ATS and the record it had synced to LinkedIn.
/// </summary>
internal sealed class PurgedProfilesFlow : ISampleFlow
{
    public string Title => "A member closes their profile: the ATS purges the exported candidate";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        EmulatedMember linus = SampleCast.Require(context.Cast.Linus, "Linus", "1-click export");
        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Acme);
        SampleCandidate exported = ats.Candidates.FirstOrDefault(c => c.Member == linus.PersonUrn)
            ?? throw new SampleCheckException("Linus is not a candidate of Acme's ATS (the export flow placed him).");

        context.Say.Say("[acme] Linus closes his LinkedIn profile.");
        await context.Env.LinkedIn.CloseMemberProfileAsync(linus.PersonUrn, cancellationToken).ConfigureAwait(false);
        context.Env.Advance(TimeSpan.FromDays(7));
        int handed = await context.Env.Services.GetRequiredService<PurgedCandidatesCheck>().CheckAllAsync(cancellationToken).ConfigureAwait(false);
        bool gone = ats.Candidates.All(c => c.Member != linus.PersonUrn);
        string when = context.Env.MovesClock ? "A week later the purged-candidates check" : "The purged-candidates check runs now (weekly on real time) and";
        context.Say.Say($"[acme] {when} hands {handed} purged member(s) to the ATS; {exported.Id} deleted from the ATS: {gone}.");
        SampleCheckException.Expect(handed >= 1 && gone, "the purged member's candidate is still in the ATS.");

        ICustomerClient acme = await context.ClientAsync(SampleCast.Acme, cancellationToken).ConfigureAwait(false);
        BatchResult<string> deleted = await acme.Candidates.DeleteAsync([exported.Id], cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[acme] ...and its record on LinkedIn: {deleted.Results[0].Outcome}.");
        SampleCheckException.Expect(deleted.IsSuccess, $"deleting {exported.Id} on LinkedIn failed: {string.Join("; ", deleted.GetFailures())}");
    }
}
