using System.Runtime.CompilerServices;
using LinkedInRsc.Applications;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>
/// The input of <see cref="SyncThroughputBenchmarks"/>: candidates (those of the batch body benchmarks), each with one
/// application, streamed — each record made when it is asked for, the same stream for both sides.
/// </summary>
internal static class SyncThroughputData
{
    /// <summary>The <paramref name="index"/>th candidate with their one application.</summary>
    public static CandidateRecord CreateRecord(int index)
    {
        var candidate = BatchBodyData.CreateCandidate(index);
        var application = new AtsApplication
        {
            AtsJobApplicationId = "app-" + candidate.AtsCandidateId,
            AtsCandidateId = candidate.AtsCandidateId,
            AtsJobPostingId = "job-" + (index % 50).ToString(System.Globalization.CultureInfo.InvariantCulture),
            AtsJobPostingName = "Software Engineer",
            AtsCreatedAt = candidate.AtsCreatedAt,
            AtsLastModifiedAt = candidate.AtsLastModifiedAt,
            FirstName = candidate.FirstName,
            LastName = candidate.LastName,
            CandidateEmail = candidate.EmailAddresses[0],
            Source = "Career site",
        };
        return new CandidateRecord { Candidate = candidate, Applications = [new ApplicationRecord { Application = application }] };
    }

    /// <summary>Streams <paramref name="count"/> records.</summary>
    public static async IAsyncEnumerable<CandidateRecord> Stream(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return CreateRecord(i);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The same application as the hand-written batcher's plain class.</summary>
    public static PlainApplication ToPlain(AtsApplication a) => new()
    {
        AtsCandidateId = a.AtsCandidateId,
        AtsJobPostingId = a.AtsJobPostingId,
        AtsJobPostingName = a.AtsJobPostingName,
        AtsCreatedAt = a.AtsCreatedAt.ToUnixTimeMilliseconds(),
        AtsLastModifiedAt = a.AtsLastModifiedAt.ToUnixTimeMilliseconds(),
        FirstName = a.FirstName,
        LastName = a.LastName,
        CandidateEmail = a.CandidateEmail,
        Source = a.Source,
    };
}
