using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>Builds ATS test data.</summary>
internal static class SyncData
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static AtsJobPosting Job(string id) => new()
    {
        ExternalJobPostingId = id,
        Title = "Engineer " + id,
        Description = "Build things.",
        CompanyApplyUrl = new Uri("https://ats.example/jobs/" + id),
        ListedAt = T0,
        State = JobPostingState.Listed,
        Location = "Sunnyvale, CA",
    };

    public static AtsCandidate Candidate(string id) => new()
    {
        AtsCandidateId = id,
        AtsCreatedAt = T0,
        AtsLastModifiedAt = T0.AddDays(1),
        FirstName = "Ada",
        LastName = "Lovelace",
        EmailAddresses = [$"ada{id}@example.com"],
        PhoneNumbers = [],
        Addresses = [],
    };

    public static AtsApplication Application(string id, string candidateId, string jobId) => new()
    {
        AtsJobApplicationId = id,
        AtsCandidateId = candidateId,
        AtsJobPostingId = jobId,
        AtsJobPostingName = "Engineer",
        AtsCreatedAt = T0,
        AtsLastModifiedAt = T0.AddDays(2),
        FirstName = "Ada",
    };

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
            Candidate = Candidate(id),
            Notes = [new AtsCandidateNote { AtsCandidateId = id, NoteId = "CN" + id, Note = "Strong.", AtsCreatedAt = T0 }],
            Applications =
            [
                new ApplicationRecord
                {
                    Application = Application(appId, id, jobId),
                    Stages = stages.Select((s, i) => new AtsApplicationStage { AtsJobApplicationId = appId, StageId = "S" + i, Stage = s, AtsCreatedAt = T0.AddHours(i) }).ToList(),
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
