using System.Net;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Sdk.Tests.RecruiterActivity;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaks from recruiter activity: InMails (subjects, bodies, replies), prospect notes (written, edited,
/// deleted), stub profiles made from shared contact details (e-mail, phone) and the talent-pool sync-back, through
/// the poller (with a failing page on the way) and the low-level client. No subject, body, note text, name, e-mail or
/// phone reaches a log entry (message or structured state, every category at Trace), an exception, a report or a
/// <c>ToString()</c>.
/// </summary>
[TestFixture]
public sealed class LeakRecruiterActivityTests
{
    [Test]
    public async Task PollAndList_AtTrace_LogNoInMailNoteOrContactDetails()
    {
        var probe = new LeakProbe();
        await using ActivityScenario s = await ActivityScenario.StartAsync(services: LeakProbe.AddLogging, builder: probe.Wire);
        probe.Secret(s.Acme.Credentials.ClientSecret);
        probe.Secret(s.Globex.Credentials.ClientSecret);
        EmulatedMember member = await s.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = LeakMarkers.FirstName, LastName = LeakMarkers.LastName, EmailAddresses = [LeakMarkers.Email], Headline = LeakMarkers.Headline });
        EmulatedInMail sent = await s.Emulator.SendInMailAsync(s.Ada.SeatUrn, member.PersonUrn, LeakMarkers.InMailSubject, LeakMarkers.InMailBody);
        s.Advance(TimeSpan.FromMinutes(5));
        await s.Emulator.ReplyToInMailAsync(sent.ThreadUrn, LeakMarkers.ReplyBody, shareContactDetails: true, emailAddress: LeakMarkers.Email, phoneNumber: LeakMarkers.Phone);
        EmulatedProspectNote note = await s.Emulator.WriteProspectNoteAsync(s.Bob.SeatUrn, member.PersonUrn, LeakMarkers.NoteText);
        EmulatedProspectNote gone = await s.Emulator.WriteProspectNoteAsync(s.Ada.SeatUrn, member.PersonUrn, LeakMarkers.NoteText + " (deleted)");
        await s.Emulator.DeleteProspectNoteAsync(gone.Id);
        s.Advance(TimeSpan.FromHours(1));

        // First round for globex fails on a page; acme's round delivers everything.
        s.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2/prospectNotes", StatusCode = HttpStatusCode.BadRequest, Count = 1 });
        IReadOnlyList<RecruiterActivityReport> first = await s.Poller.PollAllAsync();
        await s.Emulator.EditProspectNoteAsync(note.Id, LeakMarkers.NoteText + " (edited)");
        s.Advance(TimeSpan.FromHours(2));
        IReadOnlyList<RecruiterActivityReport> second = await s.Poller.PollAllAsync();

        // The same data read with the low-level client.
        IRecruiterActivityClient client = s.AcmeClient.RecruiterActivity;
        DateTimeOffset from = s.Time.GetUtcNow().AddHours(-6);
        DateTimeOffset to = s.Time.GetUtcNow();
        var listed = new List<object>();
        await foreach (ConversationEvent e in client.ListConversationEventsAsync(s.Ada.SeatUrn, from, to))
        {
            listed.Add(e);
            if (e.Content is { } content)
            {
                listed.Add(content);
            }
        }

        await foreach (ProspectNote n in client.ListProspectNotesAsync(s.Acme.ContractUrns[0], null, from, to))
        {
            listed.Add(n);
        }

        await foreach (MailStub stub in client.ListMailStubsAsync(s.Acme.ContractUrns[0], null, from, to))
        {
            listed.Add(stub);
        }

        s.AcmeAts.MapUser("u-ada", s.Ada.SeatUrn);
        InMailHistory history = s.AcmeAts.InMailHistoryFor("u-ada", member.PersonUrn);
        probe.Add(history);
        probe.AddEach(history.OwnMessages);
        probe.AddEach(history.OtherRecruiters);
        probe.AddEach(listed);
        foreach (RecruiterActivityReport report in first.Concat(second))
        {
            probe.Add(report);
            probe.Add(report.Totals);
            probe.AddEach(report.Issues);
            probe.AddEach(report.Issues.Select(i => i.Message));
        }

        probe.AddEach(s.AcmeAts.InMails);
        probe.AddEach(s.AcmeAts.NotesFor(member.PersonUrn));
        probe.AddEach(s.AcmeAts.TalentPool());
        Assert.Multiple(() =>
        {
            Assert.That(s.AcmeAts.InMails.Select(m => m.Content?.Subject), Has.Some.EqualTo(LeakMarkers.InMailSubject), "the InMail reached the ATS");
            Assert.That(s.AcmeAts.NotesFor(member.PersonUrn).Select(n => n.Text), Has.Some.StartsWith(LeakMarkers.NoteText));
            Assert.That(s.AcmeAts.TalentPool().Select(c => c.Email), Has.Some.EqualTo(LeakMarkers.Email), "the stub profile reached the talent pool");
            Assert.That(listed.OfType<MailStub>(), Is.Not.Empty);
            Assert.That(first.SelectMany(r => r.Issues), Is.Not.Empty, "the failing page was reported");
        });
        probe.AssertNothingLeaked(s.H.Services, minimumEntries: 50, LeakMarkers.All);
        probe.Report("recruiter activity");
    }
}
