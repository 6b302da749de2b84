using System.Globalization;
using LinkedInRsc.Applications;

namespace LinkedInRsc.Sync;

/// <summary>
/// The shape rules of the records a sync is handed, checked before the entity rules: no null record, collection or
/// element (which would crash the run or drop what it held), and every record nested under a candidate or an
/// application naming that parent (a note naming another candidate would otherwise be written under the other one).
/// </summary>
internal static class RecordChecks
{
    /// <summary>The first shape fault of a candidate record, or <see langword="null"/>.</summary>
    public static ValidationError? Candidate(CandidateRecord record)
    {
        if (record.Candidate is null)
        {
            return new ValidationError("candidate", "must not be null: the record has no candidate.");
        }

        if (NullIn(record.Notes, "notes") is { } notes)
        {
            return notes;
        }

        if (NullIn(record.Applications, "applications") is { } applications)
        {
            return applications;
        }

        for (int i = 0; i < record.Applications.Count; i++)
        {
            if (record.Applications[i].Application is null)
            {
                return new ValidationError(Indexed("applications", i) + ".application", "must not be null: the record has no application.");
            }
        }

        return null;
    }

    /// <summary>The first shape fault of an application record (whose application is set), or <see langword="null"/>.</summary>
    public static ValidationError? Application(ApplicationRecord record) =>
        NullIn(record.Stages, "stages") ?? NullIn(record.Notes, "notes") ?? NullIn(record.InterviewFeedback, "interviewFeedback");

    /// <summary>Whether an application record passes <see cref="Application"/>.</summary>
    public static bool IsWellFormed(ApplicationRecord record) => Application(record) is null;

    /// <summary>
    /// The rules of a record nested under a parent: it names that parent in <paramref name="field"/>, then the entity
    /// rules of its own.
    /// </summary>
    /// <param name="parentId">The id of the parent the record is nested in.</param>
    /// <param name="namedParent">The parent id the record itself names.</param>
    /// <param name="field">The wire name of that id.</param>
    /// <param name="parentKind">The parent, as the message says it (<c>candidate</c>, <c>application</c>).</param>
    /// <param name="own">The record's entity rules.</param>
    public static IReadOnlyList<ValidationError> NestedIn(string? parentId, string? namedParent, string field, string parentKind, Func<IReadOnlyList<ValidationError>> own) =>
        string.Equals(parentId, namedParent, StringComparison.Ordinal)
            ? own()
            : [new ValidationError(field, $"must be the id of the {parentKind} it is nested in; a record naming another {parentKind} is not sent.")];

    private static ValidationError? NullIn<T>(IReadOnlyList<T>? items, string field)
        where T : class
    {
        if (items is null)
        {
            return new ValidationError(field, "must not be null; give an empty list when there are none.");
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return new ValidationError(Indexed(field, i), "must not be null.");
            }
        }

        return null;
    }

    private static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");
}
