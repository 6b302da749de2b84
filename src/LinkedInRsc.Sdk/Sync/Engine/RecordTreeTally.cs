using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;

namespace LinkedInRsc.Sync;

/// <summary>
/// Accounts for the records that hang under a candidate or an application when the parent is not sent (skipped, or
/// not synced): each of them is counted once, with the parent's reason. Null collections and elements (a record the
/// shape rules refused) hold nothing to count.
/// </summary>
internal static class RecordTreeTally
{
    /// <summary>The candidate, its notes and every application with what hangs under it.</summary>
    public static void Tree(this SyncTally tally, CandidateRecord record, EntityOutcome outcome, SyncReason reason)
    {
        tally.One(SyncEntityKind.Candidate, record.Candidate?.AtsCandidateId ?? string.Empty, outcome, reason);
        foreach (AtsCandidateNote note in Present(record.Notes))
        {
            tally.One(SyncEntityKind.CandidateNote, note.Key.ToString(), outcome, reason);
        }

        foreach (ApplicationRecord application in Present(record.Applications))
        {
            tally.ApplicationTree(application, outcome, reason);
        }
    }

    /// <summary>
    /// What hangs under a candidate that was not synced: failed with <paramref name="reason"/>, except prospect-only
    /// applications, which would not have been sent anyway and stay skipped.
    /// </summary>
    public static void Children(this SyncTally tally, CandidateRecord record, SyncReason reason, Func<ApplicationRecord, bool> isProspectOnly)
    {
        foreach (AtsCandidateNote note in Present(record.Notes))
        {
            tally.One(SyncEntityKind.CandidateNote, note.Key.ToString(), EntityOutcome.Failed, reason);
        }

        foreach (ApplicationRecord application in Present(record.Applications))
        {
            if (application.Application is not null && isProspectOnly(application))
            {
                tally.ApplicationTree(application, EntityOutcome.Skipped, SyncReason.ProspectOnly);
            }
            else
            {
                tally.ApplicationTree(application, EntityOutcome.Failed, reason);
            }
        }
    }

    /// <summary>The application and what hangs under it.</summary>
    public static void ApplicationTree(this SyncTally tally, ApplicationRecord application, EntityOutcome outcome, SyncReason reason)
    {
        tally.One(SyncEntityKind.Application, application.Application?.AtsJobApplicationId ?? string.Empty, outcome, reason);
        tally.ApplicationChildren(application, reason, outcome);
    }

    /// <summary>The stages, notes and interview feedback of an application.</summary>
    public static void ApplicationChildren(this SyncTally tally, ApplicationRecord application, SyncReason reason, EntityOutcome outcome = EntityOutcome.Failed)
    {
        foreach (AtsApplicationStage stage in Present(application.Stages))
        {
            tally.One(SyncEntityKind.ApplicationStage, stage.Key.ToString(), outcome, reason);
        }

        foreach (AtsApplicationNote note in Present(application.Notes))
        {
            tally.One(SyncEntityKind.ApplicationNote, note.Key.ToString(), outcome, reason);
        }

        foreach (AtsInterviewFeedback feedback in Present(application.InterviewFeedback))
        {
            tally.One(SyncEntityKind.InterviewFeedback, feedback.Key.ToString(), outcome, reason);
        }
    }

    /// <summary>How many records a candidate record holds (itself, its notes, its applications and theirs).</summary>
    public static long Count(CandidateRecord? record) =>
        record is null ? 0 : 1 + Present(record.Notes).Count() + Present(record.Applications).Sum(a =>
            1L + Present(a.Stages).Count() + Present(a.Notes).Count() + Present(a.InterviewFeedback).Count());

    private static IEnumerable<T> Present<T>(IReadOnlyList<T>? items)
        where T : class =>
        items is null ? [] : items.Where(static i => i is not null);

    private static void One(this SyncTally tally, SyncEntityKind kind, string key, EntityOutcome outcome, SyncReason reason)
    {
        if (outcome == EntityOutcome.Skipped)
        {
            tally.Skipped(kind, key, reason);
        }
        else
        {
            tally.Failed(kind, key, reason, message: reason == SyncReason.ParentNotSynced ? "Not sent: its candidate or application was not synced." : null);
        }
    }
}
