using System.Text;

namespace LinkedInRsc.Candidates;

/// <summary>A note on a candidate (<c>atsCandidates/{key}/notes</c>).</summary>
/// <remarks><see cref="ToString"/> prints the ids only, never the text or the author.</remarks>
public sealed record AtsCandidateNote
{
    /// <summary>The ATS id of the candidate the note is on.</summary>
    public required string AtsCandidateId { get; init; }

    /// <summary>The ATS id of the note.</summary>
    public required string NoteId { get; init; }

    /// <summary>When the note was written (<c>atsCreatedAt</c>; after 1970 when given).</summary>
    public DateTimeOffset? AtsCreatedAt { get; init; }

    /// <summary>The text (<c>note</c>).</summary>
    public string? Note { get; init; }

    /// <summary>Who wrote it (<c>author</c>).</summary>
    public Actor? Author { get; init; }

    /// <summary>The key of the note: candidate id and note id.</summary>
    public AtsChildKey Key => new(AtsCandidateId, NoteId);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AtsCandidateId = ").Append(AtsCandidateId).Append(", NoteId = ").Append(NoteId);
        return true;
    }
}
