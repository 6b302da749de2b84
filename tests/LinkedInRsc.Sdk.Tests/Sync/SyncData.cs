using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>Builds the candidate records a sync takes (the records themselves come from <see cref="AtsData"/>).</summary>
internal static class SyncData
{
    /// <summary>
    /// A candidate with one note and one application (to <paramref name="jobId"/>) whose stage history is the given
    /// stages, with one note and one feedback: 3 + stages.Length records.
    /// </summary>
    public static CandidateRecord Record(string id, string jobId = "J1", params string[] stages)
    {
        if (stages.Length == 0)
        {
            stages = ["Prospect", "Phone Screen"];
        }

        string appId = "A" + id;
        return new CandidateRecord
        {
            Candidate = AtsData.Candidate(id),
            Notes = [new AtsCandidateNote { AtsCandidateId = id, NoteId = "CN" + id, Note = "Strong.", AtsCreatedAt = AtsData.T0 }],
            Applications =
            [
                new ApplicationRecord
                {
                    Application = AtsData.Application(appId, id, jobId),
                    Stages = stages.Select((s, i) => new AtsApplicationStage { AtsJobApplicationId = appId, StageId = "S" + i, Stage = s, AtsCreatedAt = AtsData.T0.AddHours(i) }).ToList(),
                    Notes = [new AtsApplicationNote { AtsJobApplicationId = appId, NoteId = "AN1", Note = "Good call.", Author = new Actor { FirstName = "Grace", LastName = "Hopper" } }],
                    InterviewFeedback = [new AtsInterviewFeedback { AtsJobApplicationId = appId, FeedbackId = "F1", InterviewType = InterviewType.PhoneScreen, Evaluations = [new("Communication", "4/5")] }],
                },
            ],
        };
    }

    /// <summary>Records in one candidate record (candidate, notes, applications and their children).</summary>
    public static int Count(CandidateRecord r) =>
        1 + r.Notes.Count + r.Applications.Sum(a => 1 + a.Stages.Count + a.Notes.Count + a.InterviewFeedback.Count);

    public static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    public static IEnumerable<CandidateRecord> Records(int count, string jobId = "J1") =>
        Enumerable.Range(1, count).Select(i => Record("C" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), jobId));
}
