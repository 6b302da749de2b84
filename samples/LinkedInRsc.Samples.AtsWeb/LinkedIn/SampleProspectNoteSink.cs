using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.AtsWeb.Data;

namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>Keeps the latest version of each Recruiter note in SQLite, and removes deleted ones.</summary>
public sealed class SampleProspectNoteSink(AtsStore store) : IProspectNoteSink
{
    public async ValueTask StoreAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notes);
        foreach (ProspectNote note in notes)
        {
            await store.StoreNoteAsync(customerId, note, cancellationToken);
        }
    }

    public async ValueTask DeleteAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notes);
        foreach (ProspectNote note in notes)
        {
            await store.DeleteNoteAsync(customerId, note.Id, cancellationToken);
        }
    }
}
