using LinkedInRsc.Telemetry;

namespace LinkedInRsc.Sdk.Tests.Telemetry;

[TestFixture]
public sealed class UrlTemplateTests
{
    [TestCase("https://api.linkedin.com/v2/atsCandidates?ids=List((atsCandidateId:C1))", "v2/atsCandidates")]
    [TestCase("https://api.linkedin.com/v2/atsCandidates/(atsCandidateId:C1,dataProvider:ATS)/notes?ids=N1", "v2/atsCandidates/{key}/notes")]
    [TestCase("https://api.linkedin.com/rest/simpleJobPostingTasks/urn%3Ali%3AsimpleJobPostingTask%3A7", "rest/simpleJobPostingTasks/{key}")]
    [TestCase("http://localhost:5080/emu/v2/atsIntegrations/(integrationContext:urn%3Ali%3Aorganization%3A1)/configurations", "v2/atsIntegrations/{key}/configurations")]
    [TestCase("https://www.linkedin.com/oauth/v2/accessToken", "oauth/v2/accessToken")]
    public void Of_RequestAddress_KeepsCollectionsAndHidesKeysAndQuery(string address, string expected)
    {
        Assert.That(UrlTemplate.Of(new Uri(address)), Is.EqualTo(expected));
    }
}
