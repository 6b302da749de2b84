using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// Notes history: prospect notes Globex's recruiters write in Recruiter reach the ATS's candidate page, every
/// recruiter's notes for the whole organization; an edit replaces the note (the latest version wins), a deletion removes it.
/// </summary>
internal sealed class NotesHistoryFlow : ISampleFlow
{
    public string Title => "Notes history with an edit and a deletion";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        (ILinkedInSide linkedIn, EmulatedSeat rita, EmulatedSeat sam, EmulatedMember grace, SampleAtsTenant ats) = GlobexRecruiters.From(context);

        context.Say.Say("[globex] Rita and Sam each write a note on Grace in Recruiter.");
        long ritas = await linkedIn.WriteProspectNoteAsync(rita.SeatUrn, grace.PersonUrn, "Strong on compilers.", cancellationToken).ConfigureAwait(false);
        long sams = await linkedIn.WriteProspectNoteAsync(sam.SeatUrn, grace.PersonUrn, "Call back in May.", cancellationToken).ConfigureAwait(false);
        await ActivityPoll.RunAsync(context, SampleCast.Globex, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SampleNote> before = ats.NotesFor(grace.PersonUrn);
        Show(context, before);
        SampleCheckException.Expect(before.Count == 2, $"the ATS shows {before.Count} notes, not 2.");

        context.Say.Say("[globex] Rita edits her note; Sam deletes his.");
        await linkedIn.EditProspectNoteAsync(ritas, "Strong on compilers; wants a team lead role.", cancellationToken).ConfigureAwait(false);
        await linkedIn.DeleteProspectNoteAsync(sams, cancellationToken).ConfigureAwait(false);
        await ActivityPoll.RunAsync(context, SampleCast.Globex, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SampleNote> after = ats.NotesFor(grace.PersonUrn);
        Show(context, after);
        SampleCheckException.Expect(after.Count == 1 && after[0].Text == "Strong on compilers; wants a team lead role.", "the ATS should show only Rita's edited note.");
    }

    private static void Show(SampleContext context, IReadOnlyList<SampleNote> notes)
    {
        foreach (SampleNote note in notes)
        {
            context.Say.Say($"    note {note.NoteId} by {note.Author} at {note.LastModifiedAt:u}: \"{note.Text}\"");
        }
    }
}
