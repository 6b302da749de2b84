namespace LinkedInRsc.Testing.Resources;

/// <summary>Key of an <c>atsCandidates</c> record.</summary>
internal sealed record CandidateKey(string AtsCandidateId, string DataProvider, string IntegrationContext)
{
    public string? Validate() => KeyRules.Check(("atsCandidateId", AtsCandidateId), DataProvider, IntegrationContext);
}
