namespace LinkedInRsc.Samples.Ats;

/// <summary>A recruiter's note as the sample ATS shows it in a candidate's notes history.</summary>
/// <param name="NoteId">LinkedIn's note id.</param>
/// <param name="Member">The candidate (member) it is about.</param>
/// <param name="AuthorSeat">The recruiter's seat.</param>
/// <param name="Author">The recruiter's name.</param>
/// <param name="Text">The text of the latest version.</param>
/// <param name="LastModifiedAt">When the latest version was written.</param>
public sealed record SampleNote(string NoteId, PersonUrn? Member, SeatUrn? AuthorSeat, string Author, string? Text, DateTimeOffset LastModifiedAt)
{
    /// <summary>Never shows the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Note {NoteId} by {AuthorSeat}";
}
