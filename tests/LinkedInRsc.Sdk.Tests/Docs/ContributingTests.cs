using System.Net;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Sdk.Tests.Http;
using Microsoft.Extensions.Logging;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Docs;

/// <summary>docs/contributing.md's examples, run (see DocsSnippetConventionTests).</summary>
[TestFixture]
public sealed class ContributingTests
{
    [Test]
    public async Task Contributing_ResultsExample_LogsEachFailureWithItsRequestId()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync();
        await h.AddSdkCustomerAsync();
        using var logs = new CapturingLoggerProvider();
        ILogger logger = logs.CreateLogger("Ats.Sync");
        ICustomerClient client = h.Client;
        AtsCandidate[] candidates = [Candidate("C1"), Candidate("C2") with { EmailAddresses = ["not-an-address"] }];
        CancellationToken cancellationToken = CancellationToken.None;

#pragma warning disable CA1848 // the document shows the plainest logging call, not the fastest
        // snippet: contributing-results
        BatchResult<string> result = await client.Candidates.UpsertAsync(candidates, cancellationToken);
        foreach (EntityResult<string> failure in result.GetFailures())
        {
            logger.LogWarning("Candidate {Id}: {Outcome} ({Field}), request {RequestId}", failure.Key, failure.Outcome, failure.Field, failure.RequestId);
        }
        // end snippet
#pragma warning restore CA1848

        CapturingLoggerProvider.LogRecord warning = logs.Records.Single();
        Assert.Multiple(() =>
        {
            Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(warning.Message, Is.EqualTo("Candidate C2: Invalid (emailAddresses[0]), request (null)"), "an entity refused before sending has no request id");
        });
    }

    [Test]
    public void Contributing_ExceptionExample_IsWhatTheSyncEngineRetries()
    {
        LinkedInRscException ex = Assert.Throws<LinkedInRscException>(ThrowLikeATestDouble)!;

        Assert.That(EntityResult.IsTransientStatus(ex.StatusCode) && ex.IsTransient, Is.True);

        static void ThrowLikeATestDouble()
        {
            // snippet: contributing-exception
            throw new LinkedInRscException("Too many requests.") { StatusCode = HttpStatusCode.TooManyRequests, IsTransient = true };
            // end snippet
        }
    }

    [Test]
    public void Contributing_ModelExample_IsKeyedByItsChildKey()
    {
        var note = new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N1" };

        Assert.That(note.Key, Is.EqualTo(new AtsChildKey("C1", "N1")));
    }

    // snippet: contributing-model
    public sealed record AtsCandidateNote
    {
        public required string AtsCandidateId { get; init; }
        public required string NoteId { get; init; }
        public AtsChildKey Key => new(AtsCandidateId, NoteId);
    }
    // end snippet
}
