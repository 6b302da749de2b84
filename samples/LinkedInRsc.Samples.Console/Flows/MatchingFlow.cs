using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// Matching: LinkedIn matches synced candidates to members (an exact match by e-mail, possible matches by name, none);
/// a recruiter confirms a possible match in the profile widget (link) and takes it back (unlink). The ATS records the
/// widget's callback first, then the SDK tells LinkedIn.
/// </summary>
internal sealed class MatchingFlow : ISampleFlow
{
    public string Title => "Matching outcomes, then link and unlink in the profile widget";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ILinkedInSide linkedIn = context.Env.LinkedIn;
        context.Cast.Ada = await linkedIn.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace", EmailAddresses = ["ada@lovelace.example"] }, cancellationToken).ConfigureAwait(false);
        context.Cast.Grace = await linkedIn.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Grace", LastName = "Hopper", EmailAddresses = ["grace@navy.example"] }, cancellationToken).ConfigureAwait(false);
        ICustomerClient acme = await context.ClientAsync(SampleCast.Acme, cancellationToken).ConfigureAwait(false);
        SampleCheckException.Expect(context.Cast.AcmeSyncedCandidates.Contains("C-GRACE"), "the historical sync did not send C-GRACE.");

        string[] ids = ["C-ADA", "C-GRACE", "C3", "NEVER-SYNCED"];
        IReadOnlyList<CandidateMatch> matches = await acme.Candidates.GetMatchesAsync(ids, cancellationToken).ConfigureAwait(false);
        foreach (CandidateMatch match in matches)
        {
            context.Say.Say($"[acme] {match.AtsCandidateId,-13} {match.Outcome,-16} {Describe(match)}");
        }

        MatchOutcome[] expected = [MatchOutcome.ExactMatch, MatchOutcome.PossibleMatches, MatchOutcome.NoMatch, MatchOutcome.NotSynced];
        SampleCheckException.Expect(matches.Select(m => m.Outcome).SequenceEqual(expected), $"outcomes were {string.Join(", ", matches.Select(m => m.Outcome))}, not {string.Join(", ", expected)}.");
        SampleCheckException.Expect(matches[0].Member == context.Cast.Ada.PersonUrn, "C-ADA did not match Ada.");

        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Acme);
        PersonUrn grace = context.Cast.Grace.PersonUrn;
        context.Say.Say($"[acme] A recruiter opens C-GRACE's profile widget and confirms the possible match {grace}.");
        EntityResult<string> link = await ats.ApplyWidgetCallbackAsync(acme, "C-GRACE", $$"""{"action":"link","member":"{{grace}}"}""", cancellationToken).ConfigureAwait(false);
        CandidateMatch linked = (await acme.Candidates.GetMatchesAsync(["C-GRACE"], cancellationToken).ConfigureAwait(false))[0];
        context.Say.Say($"[acme] Linked ({link.Outcome}): C-GRACE is now {linked.Outcome} {linked.Member}; the ATS holds {ats.Candidate("C-GRACE").Member}.");
        SampleCheckException.Expect(link.IsSuccess && linked.Outcome == MatchOutcome.ExactMatch && linked.ManualMatchedMember == grace, "the link did not make C-GRACE an exact match.");
        SampleCheckException.Expect(ats.Candidate("C-GRACE").Member == grace, "the ATS did not record the link.");

        context.Say.Say("[acme] The recruiter changes their mind and unlinks.");
        EntityResult<string> unlink = await ats.ApplyWidgetCallbackAsync(acme, "C-GRACE", $$"""{"event":"onunlink","memberUrn":"{{grace}}"}""", cancellationToken).ConfigureAwait(false);
        CandidateMatch unlinked = (await acme.Candidates.GetMatchesAsync(["C-GRACE"], cancellationToken).ConfigureAwait(false))[0];
        context.Say.Say($"[acme] Unlinked ({unlink.Outcome}): C-GRACE is {unlinked.Outcome} again.");
        SampleCheckException.Expect(unlink.IsSuccess && unlinked.Outcome == MatchOutcome.PossibleMatches && unlinked.ManualMatchedMember is null, "the unlink did not undo the link.");
        SampleCheckException.Expect(ats.Candidate("C-GRACE").Member is null, "the ATS still holds the link.");
    }

    private static string Describe(CandidateMatch match) => match.Outcome switch
    {
        MatchOutcome.ExactMatch => $"member {match.Member}",
        MatchOutcome.PossibleMatches => $"{match.PossibleMembers.Count} possible member(s): {string.Join(", ", match.PossibleMembers)}",
        MatchOutcome.NoMatch => "no member found",
        _ => "never synced to LinkedIn",
    };
}
