using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources.Candidates;

/// <summary>Rules shared by candidate and application notes: all fields optional; the author's names are required when an author is given.</summary>
internal static class NoteRules
{
    public static string? Validate(JsonObject note) =>
        EntityRules.First(
            EntityRules.OptionalTimestamp(note, "atsCreatedAt"),
            EntityRules.OptionalActor(note, "author"),
            note.ContainsKey("note") && note["note"] is not null && note["note"] is not JsonValue ? "Field 'note' must be a string." : null);
}
