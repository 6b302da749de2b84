using LinkedInRsc.Candidates;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Testing;
using LinkedInRsc.Tests.Support;
using LinkedInRsc.Widgets;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaks from the candidate capability: upserts (valid and refused), notes, matching against members whose
/// names and e-mails are markers, linking and unlinking, and the profile widget (its callback parsed, well-formed and
/// not). No name, e-mail, phone or note text reaches a log entry (message or structured state, every category at
/// Trace), an exception, a result or a <c>ToString()</c>.
/// </summary>
[TestFixture]
public sealed class LeakCandidateTests
{
    [Test]
    public async Task UpsertMatchLinkAndWidget_AtTrace_LogNoNameEmailPhoneOrNote()
    {
        var probe = new LeakProbe();
        await using PushScenario s = await PushScenario.StartAsync(services: LeakProbe.AddLogging, builder: probe.Wire);
        probe.Secret((await s.Directory.FindAsync("acme"))!.Credentials!.ClientSecret);
        EmulatedMember member = await s.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = LeakMarkers.FirstName, LastName = LeakMarkers.LastName, EmailAddresses = [LeakMarkers.Email], Headline = LeakMarkers.Headline });
        ICandidatesClient candidates = s.Harness.Client.Candidates;
        AtsCandidate marked = AtsData.Candidate("C1") with
        {
            FirstName = LeakMarkers.FirstName,
            LastName = LeakMarkers.LastName,
            EmailAddresses = [LeakMarkers.Email],
            PhoneNumbers = [new PhoneNumber { Number = LeakMarkers.Phone }],
            Addresses = [new Address { Line1 = LeakMarkers.Location }],
        };

        BatchResult<string> upserted = await candidates.UpsertAsync(
        [
            marked,
            marked with { AtsCandidateId = "C2" },
            marked with { AtsCandidateId = "BAD-EMAIL", EmailAddresses = [LeakMarkers.Email + ".."] },
            marked with { AtsCandidateId = "BAD-NAME", FirstName = LeakMarkers.FirstName + "\u0007" },
        ]);
        BatchResult<AtsChildKey> notes = await candidates.UpsertNotesAsync(
        [
            new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N1", Note = LeakMarkers.NoteText, Author = new Actor { FirstName = LeakMarkers.FirstName, LastName = LeakMarkers.LastName } },
            new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N2", Note = LeakMarkers.NoteText + "\uD800" },
        ]);
        IReadOnlyList<CandidateMatch> matches = await candidates.GetMatchesAsync(["C1", "C2", "NEVER-SYNCED"]);
        BatchResult<string> linked = await candidates.LinkAsync([new MemberLink("C2", member.PersonUrn), new MemberLink("GHOST", member.PersonUrn)]);
        BatchResult<string> unlinked = await candidates.UnlinkAsync(["C2"]);

        // The profile widget: its callback as the browser posts it, with personal data the SDK does not need.
        ProfileWidgetCallback callback = ProfileWidget.ParseCallback($$"""{"action":"link","member":"{{member.PersonUrn}}","atsCandidateId":"C1","firstName":"{{LeakMarkers.FirstName}}","email":"{{LeakMarkers.Email}}"}""");
        FormatException malformed = Assert.Throws<FormatException>(() => ProfileWidget.ParseCallback($$"""{"action":"link","member":"{{LeakMarkers.Email}}","name":"{{LeakMarkers.LastName}}"}"""))!;
        FormatException notJson = Assert.Throws<FormatException>(() => ProfileWidget.ParseCallback("{\"member\":\"" + LeakMarkers.Email))!;
        SampleCandidate inAts = s.Ats.AddCandidate(LeakMarkers.FirstName, LeakMarkers.LastName, LeakMarkers.Email);
        await candidates.UpsertAsync([inAts.ToAtsCandidate()]);
        EntityResult<string> widgetLink = await s.Ats.ApplyWidgetCallbackAsync(s.Harness.Client, inAts.Id, $$"""{"action":"link","member":"{{member.PersonUrn}}"}""");

        foreach (object result in new object[] { upserted, notes, linked, unlinked, callback, malformed, notJson, widgetLink, marked, member })
        {
            probe.Add(result);
        }

        probe.AddEach(upserted.Results);
        probe.AddEach(upserted.GetFailures().Select(f => f.Message));
        probe.AddEach(notes.Results);
        probe.AddEach(notes.GetFailures().Select(f => f.Message));
        probe.AddEach(matches);
        probe.AddEach(matches.SelectMany(m => m.MatchedMembers));
        probe.AddEach(linked.Results);
        Assert.Multiple(() =>
        {
            Assert.That(upserted.Results.Select(r => r.Outcome), Is.EqualTo(new[] { EntityOutcome.Succeeded, EntityOutcome.Succeeded, EntityOutcome.Invalid, EntityOutcome.Invalid }));
            Assert.That(notes.Results.Select(r => r.Outcome), Is.EqualTo(new[] { EntityOutcome.Succeeded, EntityOutcome.Invalid }));
            Assert.That(matches[0].Member, Is.EqualTo(member.PersonUrn), "matched by the marker e-mail");
            Assert.That(linked.Results.Select(r => r.IsSuccess), Is.EqualTo(new[] { true, false }));
            Assert.That(widgetLink.IsSuccess, Is.True);
        });
        probe.AssertNothingLeaked(s.Harness.Services, minimumEntries: 30, LeakMarkers.All);
        probe.Report("candidates, matching and widget");
    }
}
