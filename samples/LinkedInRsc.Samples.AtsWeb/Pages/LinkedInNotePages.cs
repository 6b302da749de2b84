using System.Globalization;
using System.Text;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using static LinkedInRsc.Samples.AtsWeb.Pages.Html;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>
/// A recruiter edits or deletes their note in LinkedIn Recruiter (the candidate page's LinkedIn panel plays them). The
/// next poll brings the change: an edit replaces the note in the ATS (the latest version wins), a deletion removes it.
/// </summary>
public static class LinkedInNotePages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/customers/{customerId}/candidates/{candidateId}/linkedin/notes/{noteId}", ChangeAsync);
    }

    /// <summary>The panel's forms: edit or delete each note the ATS holds, as its recruiter would in Recruiter.</summary>
    public static string Forms(string candidatePath, IReadOnlyList<AtsNote> notes)
    {
        var forms = new StringBuilder();
        foreach (AtsNote note in notes)
        {
            string action = $"{candidatePath}/linkedin/notes/{Uri.EscapeDataString(note.Id)}";
            forms.Append($"""
                <form method="post" action="{action}"><input type="hidden" name="action" value="edit">
                <label>Note {E(note.Id)} <input name="text" value="{E(note.Text)}"></label> <button type="submit" id="edit-note-{E(note.Id)}">Edit in Recruiter</button></form>
                <form method="post" action="{action}"><input type="hidden" name="action" value="delete"><button type="submit" id="delete-note-{E(note.Id)}">Delete note {E(note.Id)} in Recruiter</button></form>
                """);
        }

        return forms.ToString();
    }

    private static async Task<IResult> ChangeAsync(string customerId, string candidateId, string noteId, HttpContext context, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        if (!long.TryParse(noteId, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return Results.BadRequest($"Note id '{noteId}' is not one of LinkedIn's note ids (a number).");
        }

        string text = form["text"].ToString();
        switch (form["action"].ToString())
        {
            case "edit" when text.Trim().Length > 0:
                await linkedIn.EditNoteAsync(id, text, cancellationToken);
                break;
            case "delete":
                await linkedIn.DeleteNoteAsync(id, cancellationToken);
                break;
            default:
                return Results.BadRequest("The action must be 'edit' (with a non-empty text) or 'delete'.");
        }

        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/candidates/{Uri.EscapeDataString(candidateId)}");
    }
}
