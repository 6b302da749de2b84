using System.Text;

namespace LinkedInRsc.Applications;

/// <summary>A note on an application (<c>atsApplications/{key}/notes</c>).</summary>
/// <remarks><see cref="ToString"/> prints the ids only, never the text or the author.</remarks>
public sealed record AtsApplicationNote
{
    /// <summary>The ATS id of the application.</summary>
    public required string AtsJobApplicationId { get; init; }

    /// <summary>The ATS id of the note.</summary>
    public required string NoteId { get; init; }

    /// <summary>When the note was written (<c>atsCreatedAt</c>; after 1970 when given).</summary>
    public DateTimeOffset? AtsCreatedAt { get; init; }

    /// <summary>The text (<c>note</c>).</summary>
    public string? Note { get; init; }

    /// <summary>Who wrote it (<c>author</c>).</summary>
    public Actor? Author { get; init; }

    /// <summary>The key of the note: application id and note id.</summary>
    public AtsChildKey Key => new(AtsJobApplicationId, NoteId);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AtsJobApplicationId = ").Append(AtsJobApplicationId).Append(", NoteId = ").Append(NoteId);
        return true;
    }
}
