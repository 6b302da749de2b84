using LinkedInRsc.Testing.Resources.ProspectNotes;

namespace LinkedInRsc.Testing;

/// <content>Recruiters' notes on prospects.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>A recruiter writes a note on a prospect.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="seatUrn">The writing seat.</param>
    /// <param name="memberUrn">The prospect.</param>
    /// <param name="text">The note.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note.</returns>
    /// <exception cref="InvalidOperationException">The seat or member is unknown.</exception>
    public static Task<EmulatedProspectNote> WriteProspectNoteAsync(this LinkedInRscEmulator emulator, SeatUrn seatUrn, PersonUrn memberUrn, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() => emulator.Services.Stores.Get<ProspectNoteStore>().WriteNote(seatUrn.ToString(), memberUrn.ToString(), text).ToPublic());
    }

    /// <summary>A recruiter edits a prospect note (its last-modified time moves to now).</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="noteId">The note.</param>
    /// <param name="text">The new text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note.</returns>
    /// <exception cref="InvalidOperationException">The note is unknown or deleted.</exception>
    public static Task<EmulatedProspectNote> EditProspectNoteAsync(this LinkedInRscEmulator emulator, long noteId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() => emulator.Services.Stores.Get<ProspectNoteStore>().EditNote(noteId, text).ToPublic());
    }

    /// <summary>A recruiter deletes a prospect note; it is then reported with <c>"active": false</c>.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="noteId">The note.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The note.</returns>
    /// <exception cref="InvalidOperationException">The note is unknown or already deleted.</exception>
    public static Task<EmulatedProspectNote> DeleteProspectNoteAsync(this LinkedInRscEmulator emulator, long noteId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() => emulator.Services.Stores.Get<ProspectNoteStore>().DeleteNote(noteId).ToPublic());
    }
}
