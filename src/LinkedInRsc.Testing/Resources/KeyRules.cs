namespace LinkedInRsc.Testing.Resources;

internal static class KeyRules
{
    public const string AtsDataProvider = "ATS";
    public const string JobPostingEntityType = "JOB_POSTING";

    public static string? Check((string Name, string Value) id, string dataProvider, string integrationContext)
    {
        if (string.IsNullOrWhiteSpace(id.Value))
        {
            return $"Key part '{id.Name}' is required.";
        }

        if (!string.Equals(dataProvider, AtsDataProvider, StringComparison.Ordinal))
        {
            return $"Key part 'dataProvider' must be '{AtsDataProvider}', got '{dataProvider}'.";
        }

        return EntityRules.IsUrn(integrationContext, EntityRules.OrganizationUrnPrefix)
            ? null
            : "Key part 'integrationContext' must be an organization URN (urn:li:organization:{id}).";
    }

    public static string? EntityType(string type) =>
        string.Equals(type, JobPostingEntityType, StringComparison.Ordinal)
            ? null
            : $"Key part 'atsEntityType' must be '{JobPostingEntityType}' (the only securable type), got '{type}'.";
}
