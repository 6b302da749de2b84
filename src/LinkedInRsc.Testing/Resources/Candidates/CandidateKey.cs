using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources.Candidates;

/// <summary>Key of an <c>atsCandidates</c> record.</summary>
internal sealed record CandidateKey(string AtsCandidateId, string DataProvider, string IntegrationContext) : IResourceKey<CandidateKey>
{
    /// <inheritdoc />
    public static CandidateKey? FromRestLi(RestLiValue key, out string? error)
    {
        error = null;
        var id = ResourceHttp.Part(key, "atsCandidateId", ref error);
        var provider = ResourceHttp.Part(key, "dataProvider", ref error);
        var context = ResourceHttp.Part(key, "integrationContext", ref error);
        return error is null ? new CandidateKey(id!, provider!, context!) : null;
    }

    /// <inheritdoc />
    public string? Validate() => KeyRules.Check(("atsCandidateId", AtsCandidateId), DataProvider, IntegrationContext);
}
