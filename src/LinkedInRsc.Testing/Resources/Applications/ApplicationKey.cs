using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Resources.Applications;

/// <summary>Key of an <c>atsApplications</c> record.</summary>
internal sealed record ApplicationKey(string AtsJobApplicationId, string DataProvider, string IntegrationContext) : IResourceKey<ApplicationKey>
{
    /// <inheritdoc />
    public static ApplicationKey? FromRestLi(RestLiValue key, out string? error)
    {
        error = null;
        var id = ResourceHttp.Part(key, "atsJobApplicationId", ref error);
        var provider = ResourceHttp.Part(key, "dataProvider", ref error);
        var context = ResourceHttp.Part(key, "integrationContext", ref error);
        return error is null ? new ApplicationKey(id!, provider!, context!) : null;
    }

    /// <inheritdoc />
    public string? Validate() => KeyRules.Check(("atsJobApplicationId", AtsJobApplicationId), DataProvider, IntegrationContext);
}
