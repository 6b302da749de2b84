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
        LinkedInRscEmulator linkedIn = context.Env.LinkedIn;
        EmulatedSeat rita = SampleCast.Require(context.Cast.Rita, "Rita", "Connect LinkedIn accounts");
        EmulatedSeat sam = SampleCast.Require(context.Cast.Sam, "Sam", "Connect LinkedIn accounts");
        EmulatedMember grace = SampleCast.Require(context.Cast.Grace, "Grace", "Matching");
        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Globex);

        context.Say.Say("[globex] Rita and Sam each write a note on Grace in Recruiter.");
        EmulatedProspectNote ritas = await linkedIn.WriteProspectNoteAsync(rita.SeatUrn, grace.PersonUrn, "Strong on compilers.", cancellationToken).ConfigureAwait(false);
        EmulatedProspectNote sams = await linkedIn.WriteProspectNoteAsync(sam.SeatUrn, grace.PersonUrn, "Call back in May.", cancellationToken).ConfigureAwait(false);
        await ActivityPoll.RunAsync(context, SampleCast.Globex, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SampleNote> before = ats.NotesFor(grace.PersonUrn);
        Show(context, before);
        SampleCheckException.Expect(before.Count == 2, $"the ATS shows {before.Count} notes, not 2.");

        context.Say.Say("[globex] Rita edits her note; Sam deletes his.");
        await linkedIn.EditProspectNoteAsync(ritas.Id, "Strong on compilers; wants a team lead role.", cancellationToken).ConfigureAwait(false);
        await linkedIn.DeleteProspectNoteAsync(sams.Id, cancellationToken).ConfigureAwait(false);
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
