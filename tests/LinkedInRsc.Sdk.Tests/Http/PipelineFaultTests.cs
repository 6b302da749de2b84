using System.Net;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.Testing;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Http;

/// <summary>
/// Every failure of a call through the SDK's pipeline surfaces as the SDK's documented outcome — a
/// <see cref="LinkedInRscException"/> with <see cref="LinkedInRscException.IsTransient"/> set, or a transient per-entity
/// failure in a batch result — never as a resilience library's exception, and an unreadable success answer is a
/// transient failure, not a rejection.
/// </summary>
[TestFixture]
public sealed class PipelineFaultTests
{
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartWithSdkAsync();
        await _h.AddSdkCustomerAsync();
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task ListTasksAsync_CircuitBreakerOpen_ThrowsTransientLinkedInRscException()
    {
        // The standard pipeline's breaker opens once 10% of at least 100 calls in its window failed.
        _h.Emulator.Faults.FailNext("/v2/simpleJobPostingTasks", HttpStatusCode.ServiceUnavailable, count: int.MaxValue);
        for (int i = 0; i < 100; i++)
        {
            Assert.That(async () => await ReadTaskAsync(), Throws.InstanceOf<LinkedInRscException>().With.Property(nameof(LinkedInRscException.StatusCode)).EqualTo(HttpStatusCode.ServiceUnavailable));
        }

        int reached = _h.Emulator.Journal.For("/v2/simpleJobPostingTasks").Count;
        LinkedInRscException? open = Assert.ThrowsAsync<LinkedInRscException>(ReadTaskAsync);

        Assert.Multiple(() =>
        {
            Assert.That(_h.Emulator.Journal.For("/v2/simpleJobPostingTasks"), Has.Count.EqualTo(reached), "the open circuit refused the call without sending it");
            Assert.That(open!.IsTransient, Is.True);
            Assert.That(open.StatusCode, Is.Null, "no answer from LinkedIn");
            Assert.That(open.Message, Does.Contain("circuit breaker is open"));
            Assert.That(open.HttpMethod, Is.EqualTo("GET"));
        });
    }

    [Test]
    public async Task SubmitAsync_AttemptTimesOut_IsATransientFailureOfEachJob()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Timeout, Path = "/v2/simpleJobPostings", Delay = TimeSpan.FromHours(1) });

        BatchResult<string> result = await _h.DriveAsync(() => _h.Client.Jobs.SubmitAsync([Job("J1"), Job("J2")], JobPostingOperation.Create));

        Assert.That(result.Results.Select(r => (r.Key, r.Outcome, r.IsTransient)), Is.EqualTo(new[] { ("J1", EntityOutcome.Failed, true), ("J2", EntityOutcome.Failed, true) }));
    }

    [TestCase(EmulatorFaultKind.TruncatedBody, true)]
    [TestCase(EmulatorFaultKind.MalformedBody, false)]
    [TestCase(EmulatorFaultKind.EmptyBody, false)]
    public async Task UpsertAsync_UnreadableSuccessAnswer_IsATransientFailureOfEachCandidate(EmulatorFaultKind kind, bool afterProcessing)
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = kind, Path = "/v2/atsCandidates", AfterProcessing = afterProcessing });

        BatchResult<string> result = await _h.Client.Candidates.UpsertAsync([Candidate("C1"), Candidate("C2")]);

        Assert.That(result.Results.Select(r => (r.Key, r.Outcome, r.IsTransient)), Is.EqualTo(new[] { ("C1", EntityOutcome.Failed, true), ("C2", EntityOutcome.Failed, true) }));
    }

    private async Task ReadTaskAsync()
    {
        await foreach (JobPostingTask task in _h.Client.Jobs.ListTasksAsync(["urn:li:simpleJobPostingTask:1"]))
        {
            Assert.Fail($"No task was expected, got {task.TaskId}.");
        }
    }
}
