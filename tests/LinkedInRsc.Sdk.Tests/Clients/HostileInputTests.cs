using LinkedInRsc.Candidates;
using LinkedInRsc.RestLi;
using LinkedInRsc.Validation;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Clients;

/// <summary>
/// Input no well-behaved ATS sends but a real one eventually does: broken text, absurd lengths, odd addresses, and
/// low-level requests that would reach elsewhere. Each is a typed error naming the field, before any request, and the
/// valid records of the same batch are still sent.
/// </summary>
[TestFixture]
public sealed class HostileInputTests
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

    public static IEnumerable<TestCaseData> BrokenCandidates()
    {
        yield return new TestCaseData(Candidate("C2") with { FirstName = "Ada\uD800" }, "firstName").SetName("UpsertAsync_LoneSurrogateInAName_OnlyThatCandidateIsInvalid");
        yield return new TestCaseData(Candidate("C\uDC002"), "atsCandidateId").SetName("UpsertAsync_LoneSurrogateInTheId_OnlyThatCandidateIsInvalid");
        yield return new TestCaseData(Candidate("C2") with { CurrentJobTitle = "x\uDBFF" }, "currentJobTitle").SetName("UpsertAsync_LoneSurrogateInAnOptionalField_OnlyThatCandidateIsInvalid");
        yield return new TestCaseData(Candidate(new string('7', 100_000)), "atsCandidateId").SetName("UpsertAsync_100000CharacterId_IsInvalid");
        yield return new TestCaseData(Candidate("C2") with { FirstName = new string('a', 1_000_000) }, "firstName").SetName("UpsertAsync_OneMegabyteFirstName_IsInvalid");
        yield return new TestCaseData(Candidate("C2") with { EmailAddresses = ["a\0@b.c"] }, "emailAddresses[0]").SetName("UpsertAsync_EmailWithANulCharacter_IsInvalid");
        yield return new TestCaseData(Candidate("C2") with { EmailAddresses = ["a@b..c"] }, "emailAddresses[0]").SetName("UpsertAsync_EmailWithAnEmptyDomainLabel_IsInvalid");
        yield return new TestCaseData(Candidate("C2") with { LinkedInProfileUrl = new Uri("javascript:alert(1)") }, "linkedInProfileUrl").SetName("UpsertAsync_JavascriptProfileUrl_IsInvalid");
        yield return new TestCaseData(Candidate("C2") with { ExternalProfileUrl = new Uri("file:///etc/passwd") }, "externalProfileUrl").SetName("UpsertAsync_FileProfileUrl_IsInvalid");
    }

    [TestCaseSource(nameof(BrokenCandidates))]
    public async Task UpsertAsync_BrokenCandidate_IsInvalidAndTheRestOfTheBatchLands(AtsCandidate broken, string field)
    {
        BatchResult<string> result = await _h.Client.Candidates.UpsertAsync([Candidate("C1"), broken, Candidate("C3")]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Results.Select(r => r.Outcome), Is.EqualTo(new[] { EntityOutcome.Succeeded, EntityOutcome.Invalid, EntityOutcome.Succeeded }));
            Assert.That(result.Results[1].Field, Is.EqualTo(field));
            Assert.That(result.Results[1].Message, Is.Not.Empty);
            Assert.That(_h.Synced.Candidates.Select(c => c.AtsCandidateId), Is.EquivalentTo(new[] { "C1", "C3" }));
            Assert.That(_h.Emulator.Journal.For("/v2/atsCandidates").Sum(e => e.Body.Length), Is.LessThan(10_000), "the broken candidate was never sent");
        });
    }

    [TestCase("a\0@b.c")]
    [TestCase("a@b..c")]
    [TestCase("a@.b.c")]
    [TestCase("a@b.c.")]
    [TestCase("a\u200B@b.c")]
    [TestCase("\"a b\"@c.d")]
    public void IsEmail_NotAnAddressLinkedInCanMatch_IsFalse(string text) => Assert.That(EntityValidator.IsEmail(text), Is.False);

    [TestCase("ada@example.com")]
    [TestCase("ada.lovelace+ats@mail.example.co.uk")]
    [TestCase("o'brien@example.ie")]
    public void IsEmail_OrdinaryAddress_IsTrue(string text) => Assert.That(EntityValidator.IsEmail(text), Is.True);

    [Test]
    public void RestLiClient_101KeyBatch_IsRefusedBeforeSending()
    {
        using var http = new HttpClient(new NeverCalled()) { BaseAddress = new Uri("https://api.example/v2/") };
        var client = new RestLiClient(http);
        RestLiRequest request = RestLiRequest.BatchGet("atsCandidates", Enumerable.Range(0, 101).Select(i => RestLiValue.FromString("C" + i)));

        Assert.That(() => client.SendAsync(request), Throws.ArgumentException.With.Message.Contains("101").And.Message.Contains("100"));
    }

    [TestCase("atsCandidates/../provisionedApplications")]
    [TestCase("atsCandidates/%2E%2E/provisionedApplications")]
    [TestCase("./atsCandidates")]
    [TestCase("atsCandidates//notes")]
    [TestCase("atsCandidates\\..\\x")]
    public void RestLiRequest_PathLeavingItsResource_IsRefused(string path) =>
        Assert.That(() => new RestLiRequest(RestLiMethod.GetAll, path), Throws.ArgumentException.With.Message.Contains("segment"));

    [TestCase("..")]
    [TestCase(".")]
    public void RestLiClient_KeyOfDots_IsRefusedBeforeSending(string key)
    {
        // "atsCandidates/.." is the API root, and URIs normalise "%2E%2E" back to "..": such a key cannot be addressed.
        using var http = new HttpClient(new NeverCalled()) { BaseAddress = new Uri("https://api.example/v2/") };
        var client = new RestLiClient(http);

        Assert.That(() => client.SendAsync(RestLiRequest.Get("atsCandidates", RestLiValue.FromString(key))), Throws.ArgumentException.With.Message.Contains("entity key"));
    }

    private sealed class NeverCalled : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new AssertionException("No request may be sent.");
    }
}
