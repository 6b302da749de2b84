using System.Globalization;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Sdk.Tests.RecruiterActivity;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// The matrix's recruiter-activity columns: one poll of customer acme (an InMail and its reply, a prospect note, the
/// mail stub of the member who shared contact details) with the fault on each of the three histories it reads.
/// </summary>
public sealed partial class FaultMatrixTests
{
    private static Subject[] ActivitySubjects() =>
    [
        new("RecruiterActivity (InMails)", fault => ActivityCellAsync(fault, "/v2/conversationEvents")),
        new("RecruiterActivity (notes)", fault => ActivityCellAsync(fault, "/v2/prospectNotes")),
        new("RecruiterActivity (stubs)", fault => ActivityCellAsync(fault, "/v2/mailStubs")),
    ];

    /// <summary>
    /// A poll meets the fault. A report without issues means the ATS already holds everything (nothing skipped in
    /// silence); a report with issues names them typed, and the next round delivers the rest, the ATS keeping one copy.
    /// </summary>
    private static async Task<string> ActivityCellAsync(Func<string, EmulatorFault> fault, string path)
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync(sdk: SdkDefaults);
        EmulatedInMail mail = await s.Emulator.SendInMailAsync(s.Ada.SeatUrn, s.Grace.PersonUrn, "Compilers at Acme", "Would you talk to us?");
        await s.Emulator.ReplyToInMailAsync(mail.ThreadUrn, "Happy to", shareContactDetails: true);
        await s.Emulator.WriteProspectNoteAsync(s.Ada.SeatUrn, s.Grace.PersonUrn, "Strong compiler background");
        s.Advance(TimeSpan.FromHours(1));

        s.Emulator.Faults.Add(fault(path));
        RecruiterActivityReport first = await s.H.DriveAsync(() => s.Poller.PollAsync("acme"));
        string cell = $"delivered {first.Totals.Delivered}/4" + (first.IsComplete ? string.Empty
            : ", " + string.Join(", ", first.Issues.Select(i => $"{i.Kind} issue ({(i.StatusCode is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : "no answer")}{(i.IsTransient ? ", transient" : string.Empty)})").Distinct()));
        if (first.IsComplete)
        {
            AssertActivityHeld(s, cell);
        }

        s.Emulator.Faults.Clear();
        s.Advance(TimeSpan.FromHours(2));
        RecruiterActivityReport next = await s.H.DriveAsync(() => s.Poller.PollAsync("acme"));
        Assert.That(next.IsComplete, Is.True, $"{cell}; next round: {string.Join("; ", next.Issues.Select(i => i.Message))}");
        AssertActivityHeld(s, cell + "; after the next round");
        Assert.That(first.Totals.Delivered + next.Totals.Delivered, Is.LessThanOrEqualTo(8), "at most the failed window is handed over again");
        return cell;
    }

    private static void AssertActivityHeld(ActivityScenario s, string cell) =>
        Assert.Multiple(() =>
        {
            Assert.That(s.AcmeAts.InMails, Has.Count.EqualTo(2), $"{cell}: the InMail and its reply");
            Assert.That(s.AcmeAts.NotesFor(s.Grace.PersonUrn), Has.Count.EqualTo(1), $"{cell}: the prospect note");
            Assert.That(s.AcmeAts.TalentPool(), Has.Count.EqualTo(1), $"{cell}: the stub of the member who shared contact details");
        });
}
