using LinkedInRsc.Customers;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Web.Tests;

/// <summary>
/// The flows of the console sample a person can now click through in the web sample too: stub profiles in the LinkedIn
/// talent pool, a note edited and deleted in Recruiter, a purged profile — over HTTP, against the started sample.
/// </summary>
public sealed class AtsWebFlowTests
{
    [Test]
    public async Task TalentPoolPage_MemberSharesContactDetails_IsFiledOnceAfterThePollAndSyncedLinked()
    {
        await using WebSample sample = await WebSample.StartAsync();
        await AtsWebEndToEndTests.OnboardAsync(sample, "acme", AccessLevel.Contract);
        AtsUser ada = (await sample.Store.ListUsersAsync("acme")).Single(u => u.Name == "Ada Lovelace");

        await sample.PostFormAsync("/customers/acme/linkedin/stub", ("seat", ada.Seat.ToString()), ("firstName", "Joan"), ("lastName", "Clarke"), ("email", "joan@bletchley.example"));
        string beforePoll = await sample.GetPageAsync("/customers/acme/talent-pool");
        await sample.PostFormAsync("/customers/acme/recruiter-activity/poll");
        await sample.PostFormAsync("/customers/acme/recruiter-activity/poll");
        string afterPoll = await sample.GetPageAsync("/customers/acme/talent-pool");

        AtsWebCandidate[] pool = [.. (await sample.Store.ListCandidatesAsync("acme")).Where(c => c.Source == SampleTalentPoolHandler.TalentPool)];
        Customer acme = (await sample.Directory.FindAsync("acme"))!;
        Assert.Multiple(() =>
        {
            Assert.That(beforePoll, Does.Not.Contain("joan@bletchley.example"), "nothing is filed before the poller runs");
            Assert.That(afterPoll, Does.Contain("Joan Clarke").And.Contain("joan@bletchley.example"));
            Assert.That(pool.Select(c => (c.Name, c.Email)), Is.EqualTo(new[] { ("Joan Clarke", (string?)"joan@bletchley.example") }), "one candidate, however often the poller runs");
            Assert.That(sample.Emulator.GetSyncedData(acme.Organization!.Value).Candidates.Any(c => c.AtsCandidateId == pool[0].Id && c.ManualMatchedMemberUrn == pool[0].Member), Is.True, "synced to LinkedIn linked to the member");
        });
    }

    [Test]
    public async Task CandidatePage_NoteEditedThenDeletedInRecruiter_ShowsTheEditThenNothing()
    {
        await using WebSample sample = await WebSample.StartAsync();
        await AtsWebEndToEndTests.OnboardAsync(sample, "acme", AccessLevel.Contract);
        await sample.PostFormAsync("/customers/acme/jobs", ("id", "J1"), ("title", "Compiler Engineer"));
        AtsUser grace = (await sample.Store.ListUsersAsync("acme")).Single(u => u.Name == "Grace Hopper");
        await sample.PostFormAsync("/customers/acme/linkedin/export", ("firstName", "Alan"), ("lastName", "Turing"), ("jobId", "J1"), ("seat", grace.Seat.ToString()));
        PersonUrn member = (await sample.Store.FindCandidateAsync("acme", "C1"))!.Member!.Value;
        await sample.PostFormAsync("/customers/acme/candidates/C1/linkedin/activity", ("kind", "note"), ("seat", grace.Seat.ToString()), ("text", "Knows compilers"));
        await sample.PostFormAsync("/customers/acme/recruiter-activity/poll");
        string noteId = (await sample.Store.ListNotesAsync("acme", member)).Single().Id;

        await sample.PostFormAsync($"/customers/acme/candidates/C1/linkedin/notes/{noteId}", ("action", "edit"), ("text", "Knows compilers; wants to lead"));
        await sample.PostFormAsync("/customers/acme/recruiter-activity/poll");
        string edited = await sample.GetPageAsync("/customers/acme/candidates/C1");
        await sample.PostFormAsync($"/customers/acme/candidates/C1/linkedin/notes/{noteId}", ("action", "delete"));
        await sample.PostFormAsync("/customers/acme/recruiter-activity/poll");
        string deleted = await sample.GetPageAsync("/customers/acme/candidates/C1");

        Assert.Multiple(async () =>
        {
            Assert.That(edited, Does.Contain("Grace Hopper: Knows compilers; wants to lead"), "the edit replaced the note");
            Assert.That(edited, Does.Contain($"id=\"delete-note-{noteId}\""), "the LinkedIn panel offers to delete it");
            Assert.That(deleted, Does.Not.Contain("Knows compilers"), "the deletion removed it");
            Assert.That(await sample.Store.ListNotesAsync("acme", member), Is.Empty);
        });
    }

    [Test]
    public async Task CandidatePage_MemberClosesProfile_ThePurgedCheckDeletesTheCandidateHereAndOnLinkedIn()
    {
        await using WebSample sample = await WebSample.StartAsync();
        await AtsWebEndToEndTests.OnboardAsync(sample, "acme", AccessLevel.Company);
        await sample.PostFormAsync("/customers/acme/jobs", ("id", "J1"), ("title", "Compiler Engineer"));
        await sample.PostFormAsync("/customers/acme/linkedin/export", ("firstName", "Alan"), ("lastName", "Turing"), ("jobId", "J1"), ("seat", (await sample.Store.ListUsersAsync("acme"))[0].Seat.ToString()));
        OrganizationUrn organization = (await sample.Directory.FindAsync("acme"))!.Organization!.Value;
        Assert.That(sample.Emulator.GetSyncedData(organization).Candidates.Select(c => c.AtsCandidateId), Does.Contain("C1"), "the export was synced back");

        await sample.PostFormAsync("/customers/acme/candidates/C1/linkedin/close-profile");
        string beforeCheck = await sample.GetPageAsync("/customers/acme/candidates");
        await sample.PostFormAsync("/customers/acme/purged-check");
        string afterCheck = await sample.GetPageAsync("/customers/acme/candidates");

        Assert.Multiple(async () =>
        {
            Assert.That(beforeCheck, Does.Contain("Alan Turing"), "nothing changes before the check runs");
            Assert.That(afterCheck, Does.Not.Contain("Alan Turing"));
            Assert.That(await sample.Store.FindCandidateAsync("acme", "C1"), Is.Null);
            Assert.That(await sample.Store.ListApplicationsAsync("acme"), Is.Empty, "with their applications");
            Assert.That(sample.Emulator.GetSyncedData(organization).Candidates.Select(c => c.AtsCandidateId), Does.Not.Contain("C1"), "and on LinkedIn");
        });
    }
}
