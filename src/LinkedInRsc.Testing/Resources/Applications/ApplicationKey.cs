namespace LinkedInRsc.Testing.Resources;

/// <summary>Key of an <c>atsApplications</c> record.</summary>
internal sealed record ApplicationKey(string AtsJobApplicationId, string DataProvider, string IntegrationContext)
{
    public string? Validate() => KeyRules.Check(("atsJobApplicationId", AtsJobApplicationId), DataProvider, IntegrationContext);
}
