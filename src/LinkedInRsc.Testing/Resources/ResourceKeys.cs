namespace LinkedInRsc.Testing.Resources;

/// <summary>Key of an <c>atsCandidates</c> record.</summary>
internal sealed record CandidateKey(string AtsCandidateId, string DataProvider, string IntegrationContext)
{
    public string? Validate() => KeyRules.Check(("atsCandidateId", AtsCandidateId), DataProvider, IntegrationContext);
}

/// <summary>Key of an <c>atsApplications</c> record.</summary>
internal sealed record ApplicationKey(string AtsJobApplicationId, string DataProvider, string IntegrationContext)
{
    public string? Validate() => KeyRules.Check(("atsJobApplicationId", AtsJobApplicationId), DataProvider, IntegrationContext);
}

/// <summary>Key of a synced job: the organization and the ATS's own job id.</summary>
internal sealed record JobKey(string IntegrationContext, string ExternalJobPostingId);

/// <summary>Key of an <c>atsEntityAcls</c> record.</summary>
internal sealed record AclKey(string AtsEntityAclId, string DataProvider, string IntegrationContext, string AtsEntityId, string AtsEntityType)
{
    public string? Validate() =>
        KeyRules.Check(("atsEntityAclId", AtsEntityAclId), DataProvider, IntegrationContext)
        ?? (string.IsNullOrWhiteSpace(AtsEntityId) ? "Key part 'atsEntityId' is required (the job's externalJobPostingId)." : null)
        ?? KeyRules.EntityType(AtsEntityType);
}

/// <summary>Key of an <c>atsEntityAclAssignees</c> record.</summary>
internal sealed record AclAssigneeKey(string AtsEntityAclId, string IntegrationContext, string DataProvider, string Assignee, string AtsEntityType)
{
    public string? Validate() =>
        KeyRules.Check(("atsEntityAclId", AtsEntityAclId), DataProvider, IntegrationContext)
        ?? (EntityRules.IsUrn(Assignee, EntityRules.PersonUrnPrefix) ? null : "Key part 'assignee' must be a person URN (urn:li:person:{id}).")
        ?? KeyRules.EntityType(AtsEntityType);
}

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
