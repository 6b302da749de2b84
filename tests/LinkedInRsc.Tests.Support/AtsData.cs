using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;

namespace LinkedInRsc.Tests.Support;

/// <summary>
/// Valid ATS records to start a test from (change what the test is about with <c>with { … }</c>). Every timestamp
/// is relative to <see cref="T0"/>, a month before <see cref="TestClock.DefaultStart"/>.
/// </summary>
public static class AtsData
{
    /// <summary>When the test data was created in the ATS.</summary>
    public static readonly DateTimeOffset T0 = TestClock.DefaultStart.AddDays(-30);

    /// <summary>A listed job.</summary>
    /// <param name="id">Its external job posting id.</param>
    /// <param name="title">Its title; <c>Engineer {id}</c> by default.</param>
    /// <returns>The job.</returns>
    public static AtsJobPosting Job(string id, string? title = null) => new()
    {
        ExternalJobPostingId = id,
        Title = title ?? "Engineer " + id,
        Description = "Builds things.",
        CompanyApplyUrl = new Uri("https://ats.example/jobs/" + id),
        ListedAt = T0,
        State = JobPostingState.Listed,
        Location = "Sunnyvale, CA",
    };

    /// <summary>A candidate with the e-mail address <c>{id}@example.com</c>.</summary>
    /// <param name="id">Its ATS id.</param>
    /// <returns>The candidate.</returns>
    public static AtsCandidate Candidate(string id) => new()
    {
        AtsCandidateId = id,
        AtsCreatedAt = T0,
        AtsLastModifiedAt = T0.AddDays(1),
        FirstName = "Ada",
        LastName = "Lovelace",
        EmailAddresses = [id + "@example.com"],
        PhoneNumbers = [],
        Addresses = [],
    };

    /// <summary>An application of a candidate (by the candidate's e-mail address) to a job.</summary>
    /// <param name="id">Its ATS id.</param>
    /// <param name="candidateId">The candidate's ATS id.</param>
    /// <param name="jobId">The job's external id.</param>
    /// <returns>The application.</returns>
    public static AtsApplication Application(string id, string candidateId, string jobId) => new()
    {
        AtsJobApplicationId = id,
        AtsCandidateId = candidateId,
        AtsJobPostingId = jobId,
        AtsJobPostingName = "Engineer",
        AtsCreatedAt = T0.AddDays(1),
        AtsLastModifiedAt = T0.AddDays(2),
        FirstName = "Ada",
        LastName = "Lovelace",
        CandidateEmail = candidateId + "@example.com",
    };

    /// <summary>A stage record of an application.</summary>
    /// <param name="applicationId">The application's ATS id.</param>
    /// <param name="stageId">The stage record's ATS id.</param>
    /// <param name="stage">The stage's name.</param>
    /// <returns>The stage.</returns>
    public static AtsApplicationStage Stage(string applicationId, string stageId, string stage = "Phone Screen") =>
        new() { AtsJobApplicationId = applicationId, StageId = stageId, AtsCreatedAt = T0.AddDays(2), Stage = stage };

    /// <summary>An ACL that lets a group see a job.</summary>
    /// <param name="aclId">The group's ATS id.</param>
    /// <param name="jobId">The job's external id.</param>
    /// <returns>The ACL.</returns>
    public static AtsEntityAcl Acl(string aclId, string jobId) => new(aclId, AtsEntityType.JobPosting, jobId);
}
