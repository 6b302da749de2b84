using LinkedInRsc.Candidates;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Sdk.Tests.Candidates;

/// <summary>Matches of synced candidates resolved to what a recruiter sees, and linking/unlinking members, against the emulator.</summary>
public sealed class MatchingEmulatorTests
{
    private PushScenario _s = null!;
    private EmulatedMember _grace = null!;

    [SetUp]
    public async Task SetUp()
    {
        _s = await PushScenario.StartAsync();
        _grace = await _s.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Grace", LastName = "Hopper", EmailAddresses = ["grace@navy.example"] });
    }

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    private ICandidatesClient Candidates => _s.Harness.Client.Candidates;

    [Test]
    public async Task GetMatchesAsync_ThreeKindsOfCandidate_ResolveToExactPossibleAndNoMatch()
    {
        await UpsertAsync(
            Candidate("BY-EMAIL", "Someone", "Else", "grace@navy.example"),
            Candidate("BY-NAME", "Ada", "Lovelace", "ada@elsewhere.example"),
            Candidate("NOBODY", "Nobody", "Known", "nobody@example.com"));

        IReadOnlyList<CandidateMatch> matches = await Candidates.GetMatchesAsync(["BY-EMAIL", "BY-NAME", "NOBODY", "NEVER-SYNCED"]);

        Assert.Multiple(() =>
        {
            Assert.That(matches.Select(m => m.AtsCandidateId), Is.EqualTo(new[] { "BY-EMAIL", "BY-NAME", "NOBODY", "NEVER-SYNCED" }), "one per id, in input order");
            Assert.That((matches[0].Outcome, matches[0].Member), Is.EqualTo((MatchOutcome.ExactMatch, (PersonUrn?)_grace.PersonUrn)));
            Assert.That(matches[1].Outcome, Is.EqualTo(MatchOutcome.PossibleMatches));
            Assert.That(matches[1].PossibleMembers, Is.EqualTo(new[] { _s.Ada.PersonUrn }));
            Assert.That(matches[1].Member, Is.Null);
            Assert.That(matches[2].Outcome, Is.EqualTo(MatchOutcome.NoMatch));
            Assert.That(matches[3].Outcome, Is.EqualTo(MatchOutcome.NotSynced));
        });
    }

    [Test]
    public async Task LinkAndUnlink_APossibleMatch_RoundTripsThroughTheExactMatch()
    {
        await UpsertAsync(Candidate("C1", "Ada", "Lovelace", "ada@elsewhere.example"));

        BatchResult<string> linked = await Candidates.LinkAsync([new MemberLink("C1", _s.Ada.PersonUrn)]);
        CandidateMatch afterLink = (await Candidates.GetMatchesAsync(["C1"]))[0];
        BatchResult<string> unlinked = await Candidates.UnlinkAsync(["C1"]);
        CandidateMatch afterUnlink = (await Candidates.GetMatchesAsync(["C1"]))[0];

        Assert.Multiple(() =>
        {
            Assert.That((linked.IsSuccess, unlinked.IsSuccess), Is.EqualTo((true, true)));
            Assert.That((afterLink.Outcome, afterLink.Member, afterLink.ManualMatchedMember), Is.EqualTo((MatchOutcome.ExactMatch, (PersonUrn?)_s.Ada.PersonUrn, (PersonUrn?)_s.Ada.PersonUrn)));
            Assert.That((afterUnlink.Outcome, afterUnlink.ManualMatchedMember), Is.EqualTo((MatchOutcome.PossibleMatches, (PersonUrn?)null)));
            Assert.That(_s.Emulator.Journal.For("/v2/atsCandidates").Count(e => e.RestLiMethod == LinkedInRsc.RestLi.RestLiMethod.BatchPartialUpdate), Is.EqualTo(2), "$set, then $delete, by partial update");
        });
    }

    [Test]
    public async Task LinkAsync_CandidateNotSyncedOrNoMember_FailsPerEntity()
    {
        await UpsertAsync(Candidate("C1", "Ada", "Lovelace", "ada@elsewhere.example"));

        BatchResult<string> result = await Candidates.LinkAsync([new MemberLink("C1", _s.Ada.PersonUrn), new MemberLink("GHOST", _s.Ada.PersonUrn), new MemberLink("C1", default)]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Results[0].IsSuccess, Is.True);
            Assert.That(result.Results[1].StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
            Assert.That((result.Results[2].Outcome, result.Results[2].Field), Is.EqualTo((EntityOutcome.Invalid, "manualMatchedMember")));
        });
    }

    [Test]
    public async Task UpsertAsync_WithoutAMember_NeitherUndoesNorKeepsALinkTheCallerDidNotAskAbout()
    {
        AtsCandidate c1 = Candidate("C1", "Ada", "Lovelace", "ada@elsewhere.example");
        await UpsertAsync(c1);
        await Candidates.LinkAsync([new MemberLink("C1", _s.Ada.PersonUrn)]);

        await UpsertAsync(c1 with { CurrentJobTitle = "Analyst" });
        PersonUrn? keptAcrossResync = (await Candidates.GetMatchesAsync(["C1"]))[0].ManualMatchedMember;
        await UpsertAsync(c1 with { ManualMatchedMember = _grace.PersonUrn });
        PersonUrn? replaced = (await Candidates.GetMatchesAsync(["C1"]))[0].ManualMatchedMember;
        await Candidates.UnlinkAsync(["C1"]);
        await UpsertAsync(c1);
        PersonUrn? afterUnlinkAndResync = (await Candidates.GetMatchesAsync(["C1"]))[0].ManualMatchedMember;

        Assert.Multiple(() =>
        {
            Assert.That(keptAcrossResync, Is.EqualTo(_s.Ada.PersonUrn), "an upsert without a member does not unlink");
            Assert.That(replaced, Is.EqualTo(_grace.PersonUrn), "an upsert with a member links exactly that one");
            Assert.That(afterUnlinkAndResync, Is.Null, "an unlink is not undone by the next sync");
        });
    }

    [Test]
    public async Task WidgetCallback_LinkThenUnlink_IsRecordedInTheAtsAndOnLinkedIn()
    {
        SampleCandidate candidate = _s.Ats.AddCandidate("Ada", "Lovelace", "ada@elsewhere.example");
        await UpsertAsync(candidate.ToAtsCandidate());

        EntityResult<string> link = await _s.Ats.ApplyWidgetCallbackAsync(_s.Harness.Client, candidate.Id, $$"""{"action":"link","member":"{{_s.Ada.PersonUrn}}"}""");
        PersonUrn? linkedInAts = _s.Ats.Candidate(candidate.Id).Member;
        MatchOutcome linkedOnLinkedIn = (await Candidates.GetMatchesAsync([candidate.Id]))[0].Outcome;
        EntityResult<string> unlink = await _s.Ats.ApplyWidgetCallbackAsync(_s.Harness.Client, candidate.Id, $$"""{"event":"onunlink","memberUrn":"{{_s.Ada.PersonUrn}}"}""");

        Assert.Multiple(() =>
        {
            Assert.That((link.IsSuccess, unlink.IsSuccess), Is.EqualTo((true, true)));
            Assert.That(linkedInAts, Is.EqualTo(_s.Ada.PersonUrn));
            Assert.That(linkedOnLinkedIn, Is.EqualTo(MatchOutcome.ExactMatch));
            Assert.That(_s.Ats.Candidate(candidate.Id).Member, Is.Null);
            Assert.That(_s.Harness.Synced.Candidates.Single().ManualMatchedMemberUrn, Is.Null);
        });
    }

    private static AtsCandidate Candidate(string id, string first, string last, string email) =>
        AtsData.Candidate(id) with { FirstName = first, LastName = last, EmailAddresses = [email] };

    private async Task UpsertAsync(params AtsCandidate[] candidates)
    {
        BatchResult<string> result = await Candidates.UpsertAsync(candidates);
        Assert.That(result.IsSuccess, Is.True, string.Join("; ", result.GetFailures()));
    }
}
