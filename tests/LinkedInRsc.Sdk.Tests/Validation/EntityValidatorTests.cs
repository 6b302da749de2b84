using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sdk.Tests.Sync;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Sdk.Tests.Validation;

[TestFixture]
public sealed class EntityValidatorTests
{
    private static readonly DateTimeOffset T0 = AtsData.T0;

    private static IEnumerable<TestCaseData> InvalidJobs()
    {
        AtsJobPosting j = AtsData.Job("J1");
        yield return new TestCaseData(j with { ExternalJobPostingId = " " }, "externalJobPostingId").SetName("Job_EmptyId");
        yield return new TestCaseData(j with { Title = "" }, "title").SetName("Job_EmptyTitle");
        yield return new TestCaseData(j with { Title = new string('x', 201) }, "title").SetName("Job_TitleOver200");
        yield return new TestCaseData(j with { Description = "" }, "description").SetName("Job_EmptyDescription");
        yield return new TestCaseData(j with { CompanyApplyUrl = new Uri("/apply", UriKind.Relative) }, "companyApplyUrl").SetName("Job_RelativeApplyUrl");
        yield return new TestCaseData(j with { CompanyApplyUrl = new Uri("ftp://ats.example/x") }, "companyApplyUrl").SetName("Job_FtpApplyUrl");
        yield return new TestCaseData(j with { ListedAt = default }, "listedAt").SetName("Job_ListedAtUnset");
        yield return new TestCaseData(j with { ListedAt = DateTimeOffset.UnixEpoch }, "listedAt").SetName("Job_ListedAtEpochZero");
        yield return new TestCaseData(j with { State = default }, "state").SetName("Job_StateUnset");
        yield return new TestCaseData(j with { Availability = default }, "availability").SetName("Job_AvailabilityUnset");
        yield return new TestCaseData(j with { Location = null }, "location").SetName("Job_NoLocation");
        yield return new TestCaseData(j with { Location = null, CountryCode = "us" }, "postalCode").SetName("Job_CountryWithoutPostalCode");
        yield return new TestCaseData(j with { Location = null, CountryCode = "usa", PostalCode = "94085" }, "countryCode").SetName("Job_CountryCodeNotTwoLetters");
    }

    [TestCaseSource(nameof(InvalidJobs))]
    public void Validate_InvalidJob_NamesTheField(AtsJobPosting job, string field)
    {
        IReadOnlyList<ValidationError> errors = EntityValidator.Validate(job);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { field }));
        Assert.That(errors[0].Reason, Is.Not.Empty);
    }

    [Test]
    public void Validate_ValidJobs_NoErrors()
    {
        AtsJobPosting j = AtsData.Job("J1");

        Assert.That(EntityValidator.Validate(j), Is.Empty);
        Assert.That(EntityValidator.Validate(j with { Location = null, CountryCode = "us", PostalCode = "94085" }), Is.Empty);
        Assert.That(EntityValidator.Validate(j with { Title = new string('x', 200) }), Is.Empty);
    }

    private static IEnumerable<TestCaseData> InvalidCandidates()
    {
        AtsCandidate c = AtsData.Candidate("C1");
        yield return new TestCaseData(c with { AtsCandidateId = "" }, "atsCandidateId").SetName("Candidate_EmptyId");
        yield return new TestCaseData(c with { AtsCreatedAt = default }, "atsCreatedAt").SetName("Candidate_CreatedUnset");
        yield return new TestCaseData(c with { AtsLastModifiedAt = DateTimeOffset.UnixEpoch }, "atsLastModifiedAt").SetName("Candidate_ModifiedZero");
        yield return new TestCaseData(c with { AtsLastModifiedAt = T0.AddMilliseconds(-1) }, "atsLastModifiedAt").SetName("Candidate_ModifiedBeforeCreated");
        yield return new TestCaseData(c with { FirstName = " " }, "firstName").SetName("Candidate_EmptyFirstName");
        yield return new TestCaseData(c with { EmailAddresses = [] }, "emailAddresses").SetName("Candidate_NoEmailNoMember");
        yield return new TestCaseData(c with { EmailAddresses = null! }, "emailAddresses").SetName("Candidate_NullEmails");
        yield return new TestCaseData(c with { EmailAddresses = ["a@b.c", "a@b"] }, "emailAddresses[1]").SetName("Candidate_EmailWithoutDot");
        yield return new TestCaseData(c with { EmailAddresses = ["@b.c"] }, "emailAddresses[0]").SetName("Candidate_EmailWithoutLocalPart");
        yield return new TestCaseData(c with { EmailAddresses = ["a b@c.d"] }, "emailAddresses[0]").SetName("Candidate_EmailWithSpace");
        yield return new TestCaseData(c with { EmailAddresses = ["a@b@c.d"] }, "emailAddresses[0]").SetName("Candidate_EmailTwoAts");
        yield return new TestCaseData(c with { PhoneNumbers = null! }, "phoneNumbers").SetName("Candidate_NullPhones");
        yield return new TestCaseData(c with { PhoneNumbers = [new PhoneNumber { Number = "" }] }, "phoneNumbers[0].number").SetName("Candidate_EmptyPhone");
        yield return new TestCaseData(c with { Addresses = null! }, "addresses").SetName("Candidate_NullAddresses");
        yield return new TestCaseData(c with { Addresses = [new Address { Country = "USA" }] }, "addresses[0].country").SetName("Candidate_CountryNotTwoLetters");
        yield return new TestCaseData(c with { LinkedInProfileUrl = new Uri("in/ada", UriKind.Relative) }, "linkedInProfileUrl").SetName("Candidate_RelativeProfileUrl");
    }

    [TestCaseSource(nameof(InvalidCandidates))]
    public void Validate_InvalidCandidate_NamesTheField(AtsCandidate candidate, string field)
    {
        IReadOnlyList<ValidationError> errors = EntityValidator.Validate(candidate);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Validate_CandidateWithMemberAndNoEmail_IsValid()
    {
        AtsCandidate c = AtsData.Candidate("C1") with { EmailAddresses = [], ManualMatchedMember = PersonUrn.Parse("urn:li:person:abc") };

        Assert.That(EntityValidator.Validate(c), Is.Empty);
    }

    [Test]
    public void Validate_CandidateBreakingSeveralRules_ReportsEachWithoutPersonalData()
    {
        AtsCandidate c = AtsData.Candidate("C1") with { FirstName = "", EmailAddresses = ["ada.lovelace-at-example.com"], AtsCreatedAt = default };

        IReadOnlyList<ValidationError> errors = EntityValidator.Validate(c);

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[] { "atsCreatedAt", "firstName", "emailAddresses[0]" }));
        Assert.That(errors.Select(e => e.Reason), Has.None.Contains("lovelace"));
    }

    [Test]
    public void Validate_LastModifiedEqualToCreated_IsValid()
    {
        AtsCandidate c = AtsData.Candidate("C1") with { AtsLastModifiedAt = T0 };

        Assert.That(EntityValidator.Validate(c), Is.Empty);
    }

    private static IEnumerable<TestCaseData> InvalidApplications()
    {
        AtsApplication a = AtsData.Application("A1", "C1", "J1");
        yield return new TestCaseData(a with { AtsJobApplicationId = "" }, "atsJobApplicationId").SetName("Application_EmptyId");
        yield return new TestCaseData(a with { AtsCandidateId = "" }, "atsCandidateId").SetName("Application_EmptyCandidate");
        yield return new TestCaseData(a with { AtsJobPostingId = "" }, "atsJobPostingId").SetName("Application_EmptyJob");
        yield return new TestCaseData(a with { AtsJobPostingId = "J404" }, "atsJobPostingId").SetName("Application_UnknownJob");
        yield return new TestCaseData(a with { AtsJobPostingName = "" }, "atsJobPostingName").SetName("Application_EmptyJobName");
        yield return new TestCaseData(a with { AtsCreatedAt = default }, "atsCreatedAt").SetName("Application_CreatedUnset");
        yield return new TestCaseData(a with { AtsLastModifiedAt = T0.AddDays(-1) }, "atsLastModifiedAt").SetName("Application_ModifiedBeforeCreated");
        yield return new TestCaseData(a with { FirstName = "" }, "firstName").SetName("Application_EmptyFirstName");
        yield return new TestCaseData(a with { CandidateEmail = "nope" }, "candidateEmail").SetName("Application_BadEmail");
    }

    [TestCaseSource(nameof(InvalidApplications))]
    public void Validate_InvalidApplication_NamesTheField(AtsApplication application, string field)
    {
        IReadOnlyList<ValidationError> errors = EntityValidator.Validate(application, id => id == "J1");

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Validate_ApplicationWithoutJobCheck_AcceptsAnyJobId()
    {
        Assert.That(EntityValidator.Validate(AtsData.Application("A1", "C1", "J404")), Is.Empty);
        Assert.That(EntityValidator.Validate(AtsData.Application("A1", "C1", "J1") with { CandidateEmail = "a@b.co" }, id => id == "J1"), Is.Empty);
    }

    [TestCase("", "stage")]
    [TestCase("   ", "stage")]
    [TestCase("Not Available", "stage")]
    [TestCase(" not available ", "stage")]
    public void Validate_StageWithoutRealName_IsInvalid(string text, string field)
    {
        var stage = new AtsApplicationStage { AtsJobApplicationId = "A1", StageId = "S1", Stage = text, AtsCreatedAt = T0 };

        Assert.That(EntityValidator.Validate(stage).Select(e => e.Field), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Validate_Stage_ChecksIdsAndTimestamp()
    {
        var stage = new AtsApplicationStage { AtsJobApplicationId = "", StageId = "", Stage = "Hired", AtsCreatedAt = default };

        Assert.That(EntityValidator.Validate(stage).Select(e => e.Field), Is.EquivalentTo(new[] { "atsJobApplicationId", "stageId", "atsCreatedAt" }));
        Assert.That(EntityValidator.Validate(stage with { AtsJobApplicationId = "A1", StageId = "S1", AtsCreatedAt = T0 }), Is.Empty);
    }

    [Test]
    public void Validate_Notes_CheckIdsTimestampAndAuthor()
    {
        var note = new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N1", AtsCreatedAt = DateTimeOffset.UnixEpoch, Author = new Actor { FirstName = "Grace", LastName = "" } };
        var appNote = new AtsApplicationNote { AtsJobApplicationId = "", NoteId = "N1" };

        Assert.That(EntityValidator.Validate(note).Select(e => e.Field), Is.EquivalentTo(new[] { "atsCreatedAt", "author.lastName" }));
        Assert.That(EntityValidator.Validate(appNote).Select(e => e.Field), Is.EqualTo(new[] { "atsJobApplicationId" }));
        Assert.That(EntityValidator.Validate(new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N1" }), Is.Empty, "every note field but the ids is optional");
    }

    [Test]
    public void Validate_InterviewFeedback_ChecksEvaluationsAndInterviewer()
    {
        var feedback = new AtsInterviewFeedback
        {
            AtsJobApplicationId = "A1",
            FeedbackId = "F1",
            Interviewer = new Actor { FirstName = "", LastName = "Hopper" },
            Evaluations = [new("Communication", "4/5"), new("", "3/5"), new("Coding", " ")],
        };

        Assert.That(EntityValidator.Validate(feedback).Select(e => e.Field), Is.EquivalentTo(new[] { "interviewer.firstName", "evaluations[1].attribute", "evaluations[2].result" }));
        Assert.That(EntityValidator.Validate(feedback with { Interviewer = null, Evaluations = [], InterviewType = default(InterviewType) }).Select(e => e.Field), Is.EqualTo(new[] { "interviewType" }));
        Assert.That(EntityValidator.Validate(feedback with { Interviewer = null, Evaluations = [], InterviewType = InterviewType.Onsite }), Is.Empty);
    }

    [Test]
    public void Validate_Acl_ChecksKeyParts()
    {
        Assert.That(EntityValidator.Validate(new AtsEntityAcl("", default, "")).Select(e => e.Field), Is.EquivalentTo(new[] { "atsEntityAclId", "atsEntityType", "atsEntityId" }));
        Assert.That(EntityValidator.Validate(new AtsEntityAcl("G1", AtsEntityType.JobPosting, "J1")), Is.Empty);
        Assert.That(EntityValidator.Validate(new AtsEntityAclAssignee("G1", AtsEntityType.JobPosting, default)).Select(e => e.Field), Is.EqualTo(new[] { "assignee" }));
    }

    [Test]
    public void ValidateAssignees_MemberInMoreThan10Acls_RefusesTheEleventhOnly()
    {
        PersonUrn ada = PersonUrn.Parse("urn:li:person:ada");
        PersonUrn bob = PersonUrn.Parse("urn:li:person:bob");
        var assignees = Enumerable.Range(1, 11).Select(i => new AtsEntityAclAssignee("G" + i, AtsEntityType.JobPosting, ada))
            .Append(new AtsEntityAclAssignee("G1", AtsEntityType.JobPosting, ada)) // same ACL again: not a new one
            .Append(new AtsEntityAclAssignee("G11", AtsEntityType.JobPosting, bob))
            .ToList();

        IReadOnlyList<IReadOnlyList<ValidationError>> results = EntityValidator.ValidateAssignees(assignees);

        Assert.That(results.Select(r => r.Count), Is.EqualTo(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0 }));
        Assert.That(results[10][0].Reason, Does.Contain("at most 10"));
    }

    [TestCase("a@b.co", true)]
    [TestCase("first.last+tag@sub.example.org", true)]
    [TestCase("a@b.c", true)]
    [TestCase("a@b.", false)]
    [TestCase("a@.b", false)]
    [TestCase("a.b.c", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void IsEmail_Shape(string? value, bool expected) => Assert.That(EntityValidator.IsEmail(value), Is.EqualTo(expected));

    [Test]
    public void ToString_OfPersonalRecords_PrintsNoPersonalData()
    {
        AtsCandidate c = AtsData.Candidate("C1") with { PhoneNumbers = [new PhoneNumber { Number = "+1 555 0100" }], Addresses = [new Address { Line1 = "1 Main St", City = "Springfield", Country = "us" }] };
        AtsApplication a = AtsData.Application("A1", "C1", "J1") with { CandidateEmail = "ada@example.com", LastName = "Lovelace" };
        var note = new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N1", Note = "Secret opinion", Author = new Actor { FirstName = "Grace", LastName = "Hopper" } };

        string text = string.Join("|", c, a, note, c.PhoneNumbers[0], c.Addresses[0], note.Author);

        Assert.That(text, Does.Not.Contain("Ada").And.Not.Contain("Lovelace").And.Not.Contain("example.com").And.Not.Contain("555")
            .And.Not.Contain("Main St").And.Not.Contain("Secret").And.Not.Contain("Grace").And.Not.Contain("Springfield"));
        Assert.That(c.ToString(), Does.Contain("C1"));
    }

    [Test]
    public void BatchResult_CountsOutcomesAndToStringHasNoKeysOrMessages()
    {
        var result = new BatchResult<string>([
            EntityResult.Success("C1"),
            EntityResult.Invalid("C2", new ValidationError("firstName", "must not be empty.")),
            EntityResult.Failure("C3", System.Net.HttpStatusCode.TooManyRequests, "ada@example.com throttled", 42),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That((result.SucceededCount, result.InvalidCount, result.FailedCount, result.IsSuccess), Is.EqualTo((1, 1, 1, false)));
            Assert.That(result.Results[2].IsTransient, Is.True);
            Assert.That(result.GetFailures().Select(r => r.Key), Is.EqualTo(new[] { "C2", "C3" }));
            Assert.That(result.ToString(), Is.EqualTo("3 entities: 1 succeeded, 1 invalid, 1 failed"));
            Assert.That(result.Results[2].ToString(), Is.EqualTo("Failed (429, serviceErrorCode 42)"));
            Assert.That(result.Results[1].ToString(), Is.EqualTo("Invalid (firstName)"));
        });
    }

    [Test]
    public void Page_HasMore_FromTotalOrFullPage()
    {
        Assert.That(new Page<int> { Items = [1, 2], Start = 0, Count = 2, Total = 3 }.HasMore, Is.True);
        Assert.That(new Page<int> { Items = [3], Start = 2, Count = 2, Total = 3 }.HasMore, Is.False);
        Assert.That(new Page<int> { Items = [1, 2], Start = 0, Count = 2 }.HasMore, Is.True);
        Assert.That(new Page<int> { Items = [1], Start = 4, Count = 2 }.NextStart, Is.EqualTo(5));
    }
}
